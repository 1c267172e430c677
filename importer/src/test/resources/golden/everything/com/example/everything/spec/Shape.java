// Imported by shapeforge-import from everything.smithy. Change the model and import again; edits here are overwritten.
package com.example.everything.spec;

import io.shapeforge.spec.Range;
import io.shapeforge.spec.Union;

/**
 * A circle or a square.
 */
@Union
interface Shape {
  Circle circle();

  @Range(min = "0")
  Double side();
}
