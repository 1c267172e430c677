package io.shapeforge.runtime.validation;

/** The kind of constraint a {@link Violation} broke; stable across message wording. */
public enum ConstraintKind {
  /** A required member is absent. */
  REQUIRED,
  /** A string or list is shorter than its minimum length. */
  MIN_LENGTH,
  /** A string or list is longer than its maximum length. */
  MAX_LENGTH,
  /** A number is below its minimum. */
  MIN_VALUE,
  /** A number is above its maximum. */
  MAX_VALUE,
  /** A string does not match its pattern. */
  PATTERN,
  /** A string is not one of an enum's values. */
  ENUM,
  /** {@code @UniqueItems}: a list holds an element twice. */
  UNIQUE_ITEMS,
  /** A union with no member, or several members, set. */
  UNION
}
