package io.shapeforge.processor.check;

import io.shapeforge.processor.model.EnumShapeModel;
import io.shapeforge.processor.model.MemberModel;
import io.shapeforge.processor.model.MemberType;
import io.shapeforge.processor.model.OperationModel;
import io.shapeforge.processor.model.ShapeModel;
import io.shapeforge.processor.model.SpecModel;
import io.shapeforge.processor.model.StructureShape;
import io.shapeforge.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Runs every check over a spec model and keeps what is still sound to generate: a shape with an
 * error is dropped, and so is every shape or operation that refers to a dropped one (its generated
 * code would not compile), without further messages.
 *
 * <pre>{@code
 * CheckResult result = new SpecChecker(elements).check(model);
 * result.diagnostics().forEach(reporter::print);
 * writer.write(result.valid());
 * }</pre>
 */
public final class SpecChecker {

  private final Elements elements;

  public SpecChecker(Elements elements) {
    this.elements = elements;
  }

  /** Checks {@code model}, whose spec types must be visible through this checker's elements. */
  public CheckResult check(SpecModel model) {
    Findings findings = new Findings();
    StructureCheck structures = new StructureCheck(findings);
    EnumCheck enums = new EnumCheck(findings);
    OperationCheck operations = new OperationCheck(findings);
    for (ShapeModel shape : model.shapes()) {
      TypeElement type = elements.getTypeElement(shape.ref().specName());
      if (shape instanceof StructureShape structure) {
        structures.check(structure, type);
      } else if (shape instanceof EnumShapeModel enumShape) {
        enums.check(enumShape, type);
      }
    }
    for (OperationModel operation : model.operations()) {
      operations.check(operation, elements.getTypeElement(operation.specName()));
    }
    List<Diagnostic> diagnostics = findings.list();
    return new CheckResult(diagnostics, withoutInvalid(model, diagnostics));
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
    if (type instanceof MemberType.StructureRef structure) {
      return invalid.contains(structure.shape().specName());
    }
    if (type instanceof MemberType.EnumRef enumRef) {
      return invalid.contains(enumRef.shape().specName());
    }
    if (type instanceof MemberType.ListOf list) {
      return refersToAny(list.element(), invalid);
    }
    return false;
  }

  private static boolean refersToAny(OperationModel operation, Set<String> invalid) {
    List<TypeRef> refs = new ArrayList<>(operation.errors());
    refs.add(operation.input());
    refs.add(operation.output());
    return refs.stream().anyMatch(ref -> invalid.contains(ref.qualifiedName()));
  }
}
