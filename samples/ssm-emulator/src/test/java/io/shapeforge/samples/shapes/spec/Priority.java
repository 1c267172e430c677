package io.shapeforge.samples.shapes.spec;

import io.shapeforge.spec.IntEnumShape;
import io.shapeforge.spec.IntEnumValue;

/** How urgent an order is. */
@IntEnumShape
enum Priority {
  @IntEnumValue(1)
  HIGH,
  @IntEnumValue(2)
  NORMAL,
  @IntEnumValue(3)
  LOW
}
