package io.shapeforge.importer.model;

/** A list (or Smithy 1.0 set, which is a list with unique items). */
public record ListDef(
    String name,
    SourceRef source,
    Documentation documentation,
    boolean sensitive,
    MemberDef member,
    Constraints constraints,
    boolean sparse,
    boolean uniqueItems)
    implements ShapeDef {}
