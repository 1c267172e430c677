package io.shapeforge.processor.model;

import java.util.Optional;

/** The shape a type names directly: a structure, union, enum or int enum; empty for the others. */
final class NamedShapeOf implements MemberType.Visitor<Optional<ShapeRef>> {

  static final NamedShapeOf INSTANCE = new NamedShapeOf();

  private NamedShapeOf() {}

  @Override
  public Optional<ShapeRef> structure(MemberType.StructureRef structure) {
    return Optional.of(structure.shape());
  }

  @Override
  public Optional<ShapeRef> union(MemberType.UnionRef union) {
    return Optional.of(union.shape());
  }

  @Override
  public Optional<ShapeRef> enumShape(MemberType.EnumRef enumRef) {
    return Optional.of(enumRef.shape());
  }

  @Override
  public Optional<ShapeRef> intEnum(MemberType.IntEnumRef intEnum) {
    return Optional.of(intEnum.shape());
  }

  @Override
  public Optional<ShapeRef> scalar(MemberType.Scalar scalar) {
    return Optional.empty();
  }

  @Override
  public Optional<ShapeRef> list(MemberType.ListOf list) {
    return Optional.empty();
  }

  @Override
  public Optional<ShapeRef> map(MemberType.MapOf map) {
    return Optional.empty();
  }

  @Override
  public Optional<ShapeRef> unsupported(MemberType.Unsupported unsupported) {
    return Optional.empty();
  }

  @Override
  public Optional<ShapeRef> unresolved(MemberType.Unresolved unresolved) {
    return Optional.empty();
  }
}
