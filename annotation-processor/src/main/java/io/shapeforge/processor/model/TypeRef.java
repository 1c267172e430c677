package io.shapeforge.processor.model;

/**
 * A class named in an annotation value (such as {@code @Operation(input = X.class)}), with what the
 * spec language makes of it.
 *
 * @param qualifiedName the class as written
 * @param kind what it is
 * @param shape the generated names, for a structure, union, error or enum shape; else {@code null}
 */
public record TypeRef(String qualifiedName, Kind kind, ShapeRef shape) {

  /** What a referenced class is in the spec language. */
  public enum Kind {
    STRUCTURE,
    ERROR,
    ENUM,
    UNION,
    INT_ENUM,
    /** Anything else: a plain class, a primitive, {@code void}. */
    OTHER
  }
}
