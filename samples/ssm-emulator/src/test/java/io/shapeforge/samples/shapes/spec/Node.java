package io.shapeforge.samples.shapes.spec;

import io.shapeforge.spec.Length;
import io.shapeforge.spec.Structure;
import java.util.Map;

/** A tree: a structure that refers to itself through a map. */
@Structure
interface Node {
  @Length(min = 1, max = 8)
  String name();

  Map<String, Node> children();
}
