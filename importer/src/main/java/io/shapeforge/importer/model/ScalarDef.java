package io.shapeforge.importer.model;

/**
 * A simple shape: a string, number, boolean, blob, timestamp or document, with its constraints. The
 * spec language has no named scalars, so the writer puts these constraints on every member that
 * targets the shape.
 *
 * @param timestampFormat the timestamp's {@code @timestampFormat}, or {@code null}
 * @param defaultValue the shape's {@code @default} in the spec's text form, or {@code null}
 */
public record ScalarDef(
    String name,
    SourceRef source,
    Documentation documentation,
    boolean sensitive,
    ScalarKind kind,
    Constraints constraints,
    TimestampFormatKind timestampFormat,
    String defaultValue)
    implements ShapeDef {}
