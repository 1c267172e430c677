package io.shapeforge.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * An {@code @EnumShape}: a string restricted to a set of wire values; or an {@code @IntEnumShape},
 * an integer restricted likewise.
 *
 * @param ref its names
 * @param doc the javadoc of the spec enum, if any
 * @param constants in declaration order
 * @param isEnum whether the spec type is a Java enum, as the language requires
 * @param intEnum whether it is an {@code @IntEnumShape}: wire values are integers, and a constant
 *     without {@code @IntEnumValue} has a {@code null} wire value for the check stage to report
 */
public record EnumShapeModel(
    ShapeRef ref,
    Optional<String> doc,
    List<EnumConstant> constants,
    boolean isEnum,
    boolean intEnum)
    implements ShapeModel {

  public EnumShapeModel {
    constants = List.copyOf(constants);
  }

  /** A string enum shape. */
  public EnumShapeModel(
      ShapeRef ref, Optional<String> doc, List<EnumConstant> constants, boolean isEnum) {
    this(ref, doc, constants, isEnum, false);
  }
}
