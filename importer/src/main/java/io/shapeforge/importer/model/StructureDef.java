package io.shapeforge.importer.model;

import java.util.List;

/**
 * A structure or a union, its members in model order.
 *
 * @param error the {@code @error} trait, or {@code null} when this is no error shape
 */
public record StructureDef(
    String name,
    SourceRef source,
    Documentation documentation,
    boolean sensitive,
    boolean union,
    List<MemberDef> members,
    ErrorDef error)
    implements ShapeDef {
  public StructureDef {
    members = List.copyOf(members);
  }
}
