package fixture.kinds.spec;

import io.shapeforge.spec.IntEnumShape;
import io.shapeforge.spec.IntEnumValue;

/** How loud a message is: an int enum. */
@IntEnumShape
enum Level {
  /** Only errors. */
  @IntEnumValue(1)
  QUIET,
  @IntEnumValue(5)
  LOUD
}
