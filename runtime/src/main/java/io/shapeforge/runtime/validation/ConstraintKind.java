package io.shapeforge.runtime.validation;

/** The kind of constraint a {@link Violation} broke; stable across message wording. */
public enum ConstraintKind {
  /** A required member, or an element or map value of a dense collection, is absent. */
  REQUIRED,
  /** A string, blob, list or map is shorter than its minimum length. */
  MIN_LENGTH,
  /** A string, blob, list or map is longer than its maximum length. */
  MAX_LENGTH,
  /** A number is below its minimum. */
  MIN_VALUE,
  /** A number is above its maximum. */
  MAX_VALUE,
  /** A string does not match its pattern. */
  PATTERN,
  /** A string is not one of an enum's values. */
  ENUM,
  /**
   * An element of a list of scalars broke one of its constraints (or is null in a dense list);
   * reported once, at the list: {@code Member must satisfy constraint: [...]}.
   */
  ELEMENT,
  /** A map key broke one of its constraints: {@code Map keys must satisfy constraint: [...]}. */
  MAP_KEY,
  /**
   * A scalar map value broke one of its constraints, or is null in a dense map: {@code Map value
   * must satisfy constraint: [...]}.
   */
  MAP_VALUE,
  /** A list with {@code @UniqueItems} holds an element twice. */
  UNIQUE_ITEMS,
  /** A union has no member set, or more than one. */
  UNION
}
