package io.shapeforge.importer.model;

/** A map from string (or string enum) keys to values. */
public record MapDef(
    String name,
    SourceRef source,
    Documentation documentation,
    boolean sensitive,
    MemberDef key,
    MemberDef value,
    Constraints constraints,
    boolean sparse)
    implements ShapeDef {}
