package io.shapeforge.importer.model;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One service and everything it reaches: its operations (sorted by name) and every shape that their
 * inputs, outputs and errors reach (sorted by name). A reader drops nothing else: shapes the
 * service does not reach are not part of its API.
 *
 * @param name the service shape's name, such as {@code AmazonSSM}
 * @param targetPrefix the prefix of {@code X-Amz-Target}
 */
public record ServiceDef(
    String name,
    String targetPrefix,
    SourceRef source,
    Documentation documentation,
    List<OperationDef> operations,
    SortedMap<String, ShapeDef> shapes) {
  public ServiceDef {
    operations = List.copyOf(operations);
    shapes = Collections.unmodifiableSortedMap(new TreeMap<>(shapes));
  }

  /** The shape of that name; fails on a name the model does not declare. */
  public ShapeDef shape(String name) {
    ShapeDef shape = shapes.get(name);
    if (shape == null) {
      throw new IllegalArgumentException("No shape " + name + " in " + this.name);
    }
    return shape;
  }
}
