package io.shapeforge.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * An {@code @EnumShape}: a string restricted to a set of wire values.
 *
 * @param ref its names
 * @param doc the javadoc of the spec enum, if any
 * @param constants in declaration order
 * @param isEnum whether the spec type is a Java enum, as the language requires
 */
public record EnumShapeModel(
    ShapeRef ref, Optional<String> doc, List<EnumConstant> constants, boolean isEnum)
    implements ShapeModel {

  public EnumShapeModel {
    constants = List.copyOf(constants);
  }
}
