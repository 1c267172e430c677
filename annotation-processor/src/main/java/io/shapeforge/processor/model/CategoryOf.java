package io.shapeforge.processor.model;

/**
 * The {@link MemberType.Category} of each type: the one place the yes/no questions learn a new
 * kind.
 */
final class CategoryOf implements MemberType.Visitor<MemberType.Category> {

  static final CategoryOf INSTANCE = new CategoryOf();

  private CategoryOf() {}

  @Override
  public MemberType.Category scalar(MemberType.Scalar scalar) {
    return MemberType.Category.SCALAR;
  }

  @Override
  public MemberType.Category structure(MemberType.StructureRef structure) {
    return MemberType.Category.STRUCTURE;
  }

  @Override
  public MemberType.Category union(MemberType.UnionRef union) {
    return MemberType.Category.UNION;
  }

  @Override
  public MemberType.Category enumShape(MemberType.EnumRef enumRef) {
    return MemberType.Category.ENUM;
  }

  @Override
  public MemberType.Category intEnum(MemberType.IntEnumRef intEnum) {
    return MemberType.Category.INT_ENUM;
  }

  @Override
  public MemberType.Category list(MemberType.ListOf list) {
    return MemberType.Category.LIST;
  }

  @Override
  public MemberType.Category map(MemberType.MapOf map) {
    return MemberType.Category.MAP;
  }

  @Override
  public MemberType.Category unsupported(MemberType.Unsupported unsupported) {
    return MemberType.Category.UNSUPPORTED;
  }

  @Override
  public MemberType.Category unresolved(MemberType.Unresolved unresolved) {
    return MemberType.Category.UNRESOLVED;
  }
}
