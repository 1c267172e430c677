// Imported by shapeforge-import from everything.smithy. Change the model and import again; edits here are overwritten.
package com.example.everything.spec;

import io.shapeforge.spec.EnumShape;
import io.shapeforge.spec.EnumValue;

/**
 * Colors by their wire value.
 */
@EnumShape
enum Color {
  RED,

  /**
   * Green, lower-case on the wire.
   */
  @EnumValue("green")
  GREEN,

  /**
   * @deprecated Deprecated in the model.
   */
  @Deprecated
  BLUE
}
