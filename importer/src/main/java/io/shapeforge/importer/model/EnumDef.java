package io.shapeforge.importer.model;

import java.util.List;

/** A string enum, its values in model order. */
public record EnumDef(
    String name,
    SourceRef source,
    Documentation documentation,
    boolean sensitive,
    List<EnumValueDef> values)
    implements ShapeDef {
  public EnumDef {
    values = List.copyOf(values);
  }

  /**
   * One value of a string enum.
   *
   * @param name the model's own name for it (a Smithy enum member name), or {@code null} when the
   *     model gives only the value (AWS JSON service models, Smithy 1.0 unnamed enums)
   * @param value the wire value
   */
  public record EnumValueDef(String name, String value, Documentation documentation) {}
}
