// Imported by shapeforge-import from everything.smithy. Change the model and import again; edits here are overwritten.
package com.example.everything.spec;

import io.shapeforge.spec.IntEnumShape;
import io.shapeforge.spec.IntEnumValue;

@IntEnumShape
enum Priority {
  @IntEnumValue(1)
  HIGH,

  @IntEnumValue(2)
  LOW
}
