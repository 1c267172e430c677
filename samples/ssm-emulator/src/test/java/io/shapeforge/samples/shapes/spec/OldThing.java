package io.shapeforge.samples.shapes.spec;

import io.shapeforge.spec.Structure;

/** A shape on its way out. */
@Deprecated
@Structure
interface OldThing {
  String code();
}
