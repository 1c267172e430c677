package io.shapeforge.samples.shapes.spec;

import io.shapeforge.spec.EnumShape;
import io.shapeforge.spec.EnumValue;

/** A wrapping colour. */
@EnumShape
enum Color {
  RED,
  GREEN,
  @EnumValue("dark-blue")
  DARK_BLUE
}
