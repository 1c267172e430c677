package io.shapeforge.importer.model;

import java.util.List;

/** An integer enum ({@code intEnum}), its values in model order. */
public record IntEnumDef(
    String name,
    SourceRef source,
    Documentation documentation,
    boolean sensitive,
    List<IntEnumValueDef> values)
    implements ShapeDef {
  public IntEnumDef {
    values = List.copyOf(values);
  }

  /** One value: the member name and its integer on the wire. */
  public record IntEnumValueDef(String name, int value, Documentation documentation) {}
}
