package io.shapeforge.processor.model;

import java.util.List;

/**
 * The types written directly inside a type: a list's element, a map's key and value. Every other
 * kind has none. The walks over nested types ({@link MemberType#anyNested}) learn a new container
 * kind here.
 */
final class NestedTypes implements MemberType.Visitor<List<MemberType>> {

  static final NestedTypes INSTANCE = new NestedTypes();

  private NestedTypes() {}

  @Override
  public List<MemberType> list(MemberType.ListOf list) {
    return List.of(list.element());
  }

  @Override
  public List<MemberType> map(MemberType.MapOf map) {
    return List.of(map.key(), map.value());
  }

  @Override
  public List<MemberType> scalar(MemberType.Scalar scalar) {
    return List.of();
  }

  @Override
  public List<MemberType> structure(MemberType.StructureRef structure) {
    return List.of();
  }

  @Override
  public List<MemberType> union(MemberType.UnionRef union) {
    return List.of();
  }

  @Override
  public List<MemberType> enumShape(MemberType.EnumRef enumRef) {
    return List.of();
  }

  @Override
  public List<MemberType> intEnum(MemberType.IntEnumRef intEnum) {
    return List.of();
  }

  @Override
  public List<MemberType> unsupported(MemberType.Unsupported unsupported) {
    return List.of();
  }

  @Override
  public List<MemberType> unresolved(MemberType.Unresolved unresolved) {
    return List.of();
  }
}
