package io.shapeforge.spec;

/**
 * How a {@link FilterKey}'s values are compared with a record member. A record matches a filter
 * when it matches any of the filter's values.
 */
public enum FilterOp {
  /** The member equals one of the values (a string or enum member). */
  IN,
  /** The member equals the value; the filter takes exactly one value. */
  EQUALS,
  /** A timestamp member is before the value (epoch seconds or ISO-8601); one value. */
  BEFORE,
  /** A timestamp member is after the value (epoch seconds or ISO-8601); one value. */
  AFTER,
  /** A string member begins with one of the values. */
  BEGINS_WITH
}
