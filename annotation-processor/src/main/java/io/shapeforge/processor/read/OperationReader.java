package io.shapeforge.processor.read;

import io.shapeforge.processor.model.OperationModel;
import io.shapeforge.processor.model.PaginationModel;
import io.shapeforge.processor.model.QueryDeclaration;
import io.shapeforge.processor.model.QueryModel;
import io.shapeforge.processor.model.TypeRef;
import io.shapeforge.spec.FilterOp;
import io.shapeforge.spec.Operation;
import io.shapeforge.spec.OrderBy;
import io.shapeforge.spec.Paginated;
import io.shapeforge.spec.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads {@code @Operation} interfaces, with their {@code @Paginated} and {@code @Query}, and the
 * {@code @Query} declarations that sit apart from the operation they name.
 */
public final class OperationReader {

  private final Elements elements;
  private final Mirrors mirrors;
  private final ShapeRefs shapeRefs;
  private final ModelPackages packages;

  public OperationReader(
      Elements elements, Mirrors mirrors, ShapeRefs shapeRefs, ModelPackages packages) {
    this.elements = elements;
    this.mirrors = mirrors;
    this.shapeRefs = shapeRefs;
    this.packages = packages;
  }

  /** The operation declared by {@code type}, which carries {@code operation}. */
  public OperationModel read(TypeElement type, AnnotationMirror operation) {
    List<TypeRef> errors = new ArrayList<>();
    for (AnnotationValue error : mirrors.array(operation, "errors")) {
      errors.add(shapeRefs.typeRef((TypeMirror) error.getValue()));
    }
    return new OperationModel(
        type.getSimpleName().toString(),
        type.getQualifiedName().toString(),
        elements.getPackageOf(type).getQualifiedName().toString(),
        packages.of(elements.getPackageOf(type)),
        shapeRefs.typeRef(mirrors.type(operation, "input")),
        shapeRefs.typeRef(mirrors.type(operation, "output")),
        errors,
        Mirrors.find(type, Paginated.class).map(this::pagination),
        Mirrors.find(type, Query.class).map(query -> query(type, query)),
        new Docs(elements).of(type));
  }

  private PaginationModel pagination(AnnotationMirror mirror) {
    return new PaginationModel(
        mirrors.string(mirror, "inputToken"),
        mirrors.string(mirror, "outputToken"),
        mirrors.string(mirror, "pageSize"),
        mirrors.intValue(mirror, "defaultPageSize"),
        mirrors.string(mirror, "items"));
  }

  /**
   * The {@code @Query} that {@code type} carries apart from the operation it names, or empty when
   * {@code type} carries none, names none, or names a class javac cannot resolve (javac reports
   * that itself).
   */
  public Optional<QueryDeclaration> declaration(TypeElement type) {
    Optional<AnnotationMirror> mirror = Mirrors.find(type, Query.class);
    if (mirror.isEmpty() || operationNamed(mirror.get()).isEmpty()) {
      return Optional.empty();
    }
    TypeMirror named = mirrors.type(mirror.get(), "operation");
    if (named.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    Element operation = ((DeclaredType) named).asElement();
    return Optional.of(
        new QueryDeclaration(query(type, mirror.get()), Mirrors.has(operation, Operation.class)));
  }

  /** The qualified name of the class {@code operation = X.class} names, if written. */
  private static Optional<String> operationNamed(AnnotationMirror query) {
    return Mirrors.explicitValue(query, "operation")
        .map(AnnotationValue::getValue)
        .filter(TypeMirror.class::isInstance)
        .map(TypeMirror.class::cast)
        .filter(type -> type.getKind() != TypeKind.VOID)
        .map(
            type ->
                type instanceof DeclaredType declared
                    ? ((TypeElement) declared.asElement()).getQualifiedName().toString()
                    : type.toString());
  }

  private QueryModel query(TypeElement declaredOn, AnnotationMirror mirror) {
    AnnotationMirror scope = (AnnotationMirror) mirrors.value(mirror, "scope").getValue();
    List<QueryModel.FilterKey> filters = new ArrayList<>();
    for (AnnotationValue value : mirrors.array(mirror, "filters")) {
      AnnotationMirror filter = (AnnotationMirror) value.getValue();
      List<String> allowed = new ArrayList<>();
      for (AnnotationValue text : mirrors.array(filter, "allowed")) {
        allowed.add((String) text.getValue());
      }
      TypeMirror allowedEnum = mirrors.type(filter, "allowedEnum");
      filters.add(
          new QueryModel.FilterKey(
              mirrors.string(filter, "name"),
              mirrors.string(filter, "member"),
              FilterOp.valueOf(mirrors.enumName(filter, "op")),
              allowed,
              allowedEnum.getKind().isPrimitive()
                      || allowedEnum.getKind() == javax.lang.model.type.TypeKind.VOID
                  ? null
                  : shapeRefs.typeRef(allowedEnum)));
    }
    List<QueryModel.Order> orderBy = new ArrayList<>();
    for (AnnotationValue value : mirrors.array(mirror, "orderBy")) {
      AnnotationMirror order = (AnnotationMirror) value.getValue();
      orderBy.add(
          new QueryModel.Order(
              mirrors.string(order, "value"),
              OrderBy.Direction.valueOf(mirrors.enumName(order, "direction"))));
    }
    List<String> key = new ArrayList<>();
    for (AnnotationValue member : mirrors.array(mirror, "key")) {
      key.add((String) member.getValue());
    }
    return new QueryModel(
        declaredOn.getQualifiedName().toString(),
        operationNamed(mirror),
        shapeRefs.typeRef(mirrors.type(mirror, "record")),
        key,
        mirrors.intValue(mirror, "defaultPageSize"),
        new QueryModel.Scope(
            mirrors.string(scope, "request"),
            mirrors.string(scope, "record"),
            shapeRefs.typeRef(mirrors.type(scope, "parent")),
            mirrors.string(scope, "parentKey"),
            shapeRefs.typeRef(mirrors.type(scope, "notFound")),
            mirrors.string(scope, "notFoundMessage")),
        filters,
        orderBy,
        mirrors.string(mirror, "filtersMember"),
        mirrors.string(mirror, "filterKeyMember"),
        mirrors.string(mirror, "filterValuesMember"));
  }
}
