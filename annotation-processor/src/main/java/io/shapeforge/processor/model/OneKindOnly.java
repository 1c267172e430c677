package io.shapeforge.processor.model;

import java.util.Optional;

/**
 * A visitor that extracts something only one kind has, such as a list's element type. Every other
 * kind, including any kind added later, has nothing to extract, so here and only here a default
 * answer is right. Stages that must decide per kind implement {@link MemberType.Visitor} in full.
 */
abstract class OneKindOnly<R> implements MemberType.Visitor<Optional<R>> {

  @Override
  public Optional<R> scalar(MemberType.Scalar scalar) {
    return Optional.empty();
  }

  @Override
  public Optional<R> structure(MemberType.StructureRef structure) {
    return Optional.empty();
  }

  @Override
  public Optional<R> union(MemberType.UnionRef union) {
    return Optional.empty();
  }

  @Override
  public Optional<R> enumShape(MemberType.EnumRef enumRef) {
    return Optional.empty();
  }

  @Override
  public Optional<R> intEnum(MemberType.IntEnumRef intEnum) {
    return Optional.empty();
  }

  @Override
  public Optional<R> list(MemberType.ListOf list) {
    return Optional.empty();
  }

  @Override
  public Optional<R> map(MemberType.MapOf map) {
    return Optional.empty();
  }

  @Override
  public Optional<R> unsupported(MemberType.Unsupported unsupported) {
    return Optional.empty();
  }

  @Override
  public Optional<R> unresolved(MemberType.Unresolved unresolved) {
    return Optional.empty();
  }

  /** The scalar kind of a scalar. */
  static final OneKindOnly<MemberType.ScalarKind> SCALAR_KIND =
      new OneKindOnly<>() {
        @Override
        public Optional<MemberType.ScalarKind> scalar(MemberType.Scalar scalar) {
          return Optional.of(scalar.kind());
        }
      };

  /** The shape a structure names. */
  static final OneKindOnly<ShapeRef> STRUCTURE =
      new OneKindOnly<>() {
        @Override
        public Optional<ShapeRef> structure(MemberType.StructureRef structure) {
          return Optional.of(structure.shape());
        }
      };

  /** The shape an enum names. */
  static final OneKindOnly<ShapeRef> ENUM =
      new OneKindOnly<>() {
        @Override
        public Optional<ShapeRef> enumShape(MemberType.EnumRef enumRef) {
          return Optional.of(enumRef.shape());
        }
      };

  /** The element type of a list. */
  static final OneKindOnly<MemberType> LIST_ELEMENT =
      new OneKindOnly<>() {
        @Override
        public Optional<MemberType> list(MemberType.ListOf list) {
          return Optional.of(list.element());
        }
      };
}
