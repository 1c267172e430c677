package io.shapeforge.processor.check;

import io.shapeforge.processor.model.EnumShapeModel;
import io.shapeforge.processor.model.MemberModel;
import io.shapeforge.processor.model.MemberType;
import io.shapeforge.processor.model.OperationModel;
import io.shapeforge.processor.model.QueryOperation;
import io.shapeforge.processor.model.ServiceModel;
import io.shapeforge.processor.model.ServiceSpec;
import io.shapeforge.processor.model.ShapeModel;
import io.shapeforge.processor.model.SpecModel;
import io.shapeforge.processor.model.StructureShape;
import io.shapeforge.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs every check over a spec model and keeps what is still sound to generate: a shape with an
 * error is dropped, and so is every shape or operation that refers to a dropped one (its generated
 * code would not compile), without further messages.
 *
 * <pre>{@code
 * CheckResult result = new SpecChecker().check(model, shapesByName, List.of());
 * result.diagnostics().forEach(reporter::print);
 * writer.write(result.valid());
 * }</pre>
 */
public final class SpecChecker {

  /**
   * Checks {@code written}, each query declared apart from its operation attached to it first.
   *
   * @param shapes every shape its queries may name (this round's and earlier ones), by spec name
   * @param orphans types carrying {@code @Paginated} or {@code @Query} but no {@code @Operation}
   */
  public CheckResult check(
      SpecModel written, Map<String, ShapeModel> shapes, List<Orphan> orphans) {
    Findings findings = new Findings();
    SpecModel model =
        written.withOperations(
            new DeclaredQueries(findings).attach(written.operations(), written.queries()));
    StructureCheck structures =
        new StructureCheck(
            findings,
            name ->
                shapes.get(name) instanceof EnumShapeModel enumShape
                    ? Optional.of(enumShape)
                    : Optional.empty());
    EnumCheck enums = new EnumCheck(findings);
    OperationCheck operations = new OperationCheck(findings);
    for (ShapeModel shape : model.shapes()) {
      if (shape instanceof StructureShape structure) {
        structures.check(structure);
      } else if (shape instanceof EnumShapeModel enumShape) {
        enums.check(enumShape);
      }
    }
    QueryCheck queryCheck = new QueryCheck(findings, shapes);
    orphans.forEach(queryCheck::checkOrphan);
    Map<String, ServiceModel> services = new HashMap<>();
    model.services().forEach(service -> services.put(service.specPackage(), service));
    Map<String, List<QueryOperation>> queriesByPackage = new TreeMap<>();
    for (OperationModel operation : model.operations()) {
      operations.check(operation);
      String specPackage = operation.specPackage();
      queryCheck
          .check(operation, services.containsKey(specPackage))
          .ifPresent(
              query ->
                  queriesByPackage.computeIfAbsent(specPackage, p -> new ArrayList<>()).add(query));
    }
    List<Diagnostic> diagnostics = findings.list();
    SpecModel valid = withoutInvalid(model, diagnostics);
    Set<String> validOperations = new HashSet<>();
    valid.operations().forEach(operation -> validOperations.add(operation.specName()));
    Set<String> dropped = new HashSet<>();
    model.shapes().forEach(shape -> dropped.add(shape.ref().specName()));
    valid.shapes().forEach(shape -> dropped.remove(shape.ref().specName()));
    Map<String, List<OperationModel>> operationsByPackage = new TreeMap<>();
    for (OperationModel operation : valid.operations()) {
      String specPackage = operation.specPackage();
      if (services.containsKey(specPackage)) {
        operationsByPackage.computeIfAbsent(specPackage, p -> new ArrayList<>()).add(operation);
      }
    }
    List<ServiceSpec> serviceSpecs = new ArrayList<>();
    operationsByPackage.forEach(
        (specPackage, operationList) -> {
          List<QueryOperation> sound =
              queriesByPackage.getOrDefault(specPackage, List.of()).stream()
                  .filter(
                      query ->
                          validOperations.contains(query.specName())
                              && !refersToAny(query, dropped))
                  .sorted(Comparator.comparing(query -> query.operation().name()))
                  .toList();
          List<OperationModel> sorted =
              operationList.stream()
                  .filter(
                      operation ->
                          operation.query().isEmpty()
                              || sound.stream()
                                  .anyMatch(query -> query.specName().equals(operation.specName())))
                  .sorted(Comparator.comparing(OperationModel::name))
                  .toList();
          serviceSpecs.add(new ServiceSpec(services.get(specPackage), sorted, sound));
        });
    return new CheckResult(diagnostics, valid, serviceSpecs);
  }

  /** Whether the query names a shape this round dropped as invalid. */
  private static boolean refersToAny(QueryOperation query, Set<String> dropped) {
    List<String> named = new ArrayList<>();
    named.add(query.record().ref().specName());
    named.add(query.parent().ref().specName());
    named.add(query.notFound().specName());
    query.filterElement().ifPresent(element -> named.add(element.ref().specName()));
    query
        .filters()
        .forEach(filter -> filter.allowedEnum().ifPresent(ref -> named.add(ref.specName())));
    return named.stream().anyMatch(dropped::contains);
  }

  private static SpecModel withoutInvalid(SpecModel model, List<Diagnostic> diagnostics) {
    Set<String> invalid = new HashSet<>();
    diagnostics.stream().filter(Diagnostic::isError).forEach(d -> invalid.add(d.owner()));
    boolean grew = true;
    while (grew) {
      grew = false;
      for (ShapeModel shape : model.shapes()) {
        if (!invalid.contains(shape.ref().specName())
            && shape instanceof StructureShape structure
            && refersToAny(structure, invalid)) {
          invalid.add(shape.ref().specName());
          grew = true;
        }
      }
    }
    List<ShapeModel> shapes = new ArrayList<>();
    for (ShapeModel shape : model.shapes()) {
      if (!invalid.contains(shape.ref().specName())) {
        shapes.add(shape);
      }
    }
    List<OperationModel> operations = new ArrayList<>();
    for (OperationModel operation : model.operations()) {
      if (!invalid.contains(operation.specName()) && !refersToAny(operation, invalid)) {
        operations.add(operation);
      }
    }
    return new SpecModel(shapes, operations, model.services());
  }

  private static boolean refersToAny(StructureShape structure, Set<String> invalid) {
    for (MemberModel member : structure.members()) {
      if (refersToAny(member.type(), invalid)) {
        return true;
      }
    }
    return false;
  }

  private static boolean refersToAny(MemberType type, Set<String> invalid) {
    return type.shapesNamed().stream().anyMatch(shape -> invalid.contains(shape.specName()));
  }

  private static boolean refersToAny(OperationModel operation, Set<String> invalid) {
    List<TypeRef> refs = new ArrayList<>(operation.errors());
    refs.add(operation.input());
    refs.add(operation.output());
    return refs.stream().anyMatch(ref -> invalid.contains(ref.qualifiedName()));
  }
}
