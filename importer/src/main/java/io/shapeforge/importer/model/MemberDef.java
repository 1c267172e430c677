package io.shapeforge.importer.model;

/**
 * A member of a structure or union, or the member, key or value of a list or map.
 *
 * @param name the wire name (for a list or map, {@code member}, {@code key} or {@code value})
 * @param target the name of the shape it targets
 * @param constraints constraint traits on the member itself; they replace the target's own
 * @param defaultValue {@code @default} in the spec's text form, or {@code null}
 * @param jsonName {@code @jsonName}, or {@code null}
 * @param timestampFormat {@code @timestampFormat} on the member, or {@code null}
 */
public record MemberDef(
    String name,
    String target,
    SourceRef source,
    Documentation documentation,
    Constraints constraints,
    boolean required,
    String defaultValue,
    boolean sensitive,
    boolean idempotencyToken,
    String jsonName,
    TimestampFormatKind timestampFormat) {

  /** A member with no trait: a list's element, a map's key or value. */
  public static MemberDef plain(String name, String target, SourceRef source) {
    return new MemberDef(
        name,
        target,
        source,
        Documentation.NONE,
        Constraints.NONE,
        false,
        null,
        false,
        false,
        null,
        null);
  }
}
