package io.shapeforge.runtime.query;

/**
 * How a filter's values are compared with a record column; mirrors the spec's {@code FilterOp}. A
 * record matches a filter when it matches any of the filter's values.
 */
public enum FilterOperator {
  /** The column equals one of the values. Served by an index. */
  IN(false),
  /** The column equals the value; exactly one value. Served by an index. */
  EQUALS(true),
  /** The column is before (less than) the value; exactly one value. */
  BEFORE(true),
  /** The column is after (greater than) the value; exactly one value. */
  AFTER(true),
  /** A string column begins with one of the values. */
  BEGINS_WITH(false);

  private final boolean singleValue;

  FilterOperator(boolean singleValue) {
    this.singleValue = singleValue;
  }

  /** Whether a filter with this operator takes exactly one value. */
  public boolean singleValue() {
    return singleValue;
  }

  /** Whether an index on (scope, column, order) serves this operator. */
  public boolean indexed() {
    return this == IN || this == EQUALS;
  }
}
