package io.shapeforge.runtime.store;

/** How a {@link Condition} tests a column. A {@code null} column value never matches. */
public enum Comparison {
  /** Equal to one of the values. */
  IN,
  /** Less than the one value, in the column type's natural order. */
  LESS_THAN,
  /** Greater than the one value, in the column type's natural order. */
  GREATER_THAN,
  /** A string starting with one of the values. */
  STARTS_WITH
}
