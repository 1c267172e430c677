package io.shapeforge.samples.shapes.spec;

import io.shapeforge.spec.Length;
import io.shapeforge.spec.Pattern;
import io.shapeforge.spec.Required;
import io.shapeforge.spec.Sensitive;
import io.shapeforge.spec.Structure;

/** A payment card. */
@Structure
interface Card {
  /** The card number. */
  @Required
  @Length(min = 12, max = 19)
  @Pattern("^[0-9]+$")
  String number();

  /** The security code, never shown. */
  @Sensitive
  String cvv();
}
