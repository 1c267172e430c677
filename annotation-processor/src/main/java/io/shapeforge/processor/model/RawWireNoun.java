package io.shapeforge.processor.model;

import java.util.Optional;

/**
 * How the names of raw wire accessors spell a member's wire type: {@code String} for an enum,
 * {@code Integer} for an int enum, {@code Strings} and {@code Integers} for lists of them. Empty
 * for every kind the model does not show as a generated enum.
 */
final class RawWireNoun implements MemberType.Visitor<Optional<String>> {

  /** For a member's own type. */
  static final RawWireNoun OF_MEMBER = new RawWireNoun(true);

  /** For a list's elements: only one level of list has raw accessors. */
  private static final RawWireNoun OF_ELEMENT = new RawWireNoun(false);

  private final boolean listsToo;

  private RawWireNoun(boolean listsToo) {
    this.listsToo = listsToo;
  }

  @Override
  public Optional<String> enumShape(MemberType.EnumRef enumRef) {
    return Optional.of("String");
  }

  @Override
  public Optional<String> intEnum(MemberType.IntEnumRef intEnum) {
    return Optional.of("Integer");
  }

  @Override
  public Optional<String> list(MemberType.ListOf list) {
    return listsToo ? list.element().accept(OF_ELEMENT).map(noun -> noun + "s") : Optional.empty();
  }

  @Override
  public Optional<String> scalar(MemberType.Scalar scalar) {
    return Optional.empty();
  }

  @Override
  public Optional<String> structure(MemberType.StructureRef structure) {
    return Optional.empty();
  }

  @Override
  public Optional<String> union(MemberType.UnionRef union) {
    return Optional.empty();
  }

  @Override
  public Optional<String> map(MemberType.MapOf map) {
    return Optional.empty();
  }

  @Override
  public Optional<String> unsupported(MemberType.Unsupported unsupported) {
    return Optional.empty();
  }

  @Override
  public Optional<String> unresolved(MemberType.Unresolved unresolved) {
    return Optional.empty();
  }
}
