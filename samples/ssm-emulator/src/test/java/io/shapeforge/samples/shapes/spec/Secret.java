package io.shapeforge.samples.shapes.spec;

import io.shapeforge.spec.Sensitive;
import io.shapeforge.spec.Structure;

/** A shape whose every member is sensitive, and so is every member that refers to it. */
@Sensitive
@Structure
interface Secret {
  String value();
}
