package io.shapeforge.runtime.store;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * One test a {@link PageRequest} applies to a column: an engine may answer it from an index, in SQL
 * or in Java, with the same result. A {@code null} column value never matches.
 *
 * <pre>{@code
 * Condition.in(STATUS, List.of("SUCCESS", "FAILED"))
 * }</pre>
 *
 * @param column the column tested
 * @param comparison how it is tested
 * @param values the distinct values, OR-ed; exactly one for {@code LESS_THAN} and {@code
 *     GREATER_THAN}
 * @param <R> the record type
 */
public record Condition<R>(Column<R, ?> column, Comparison comparison, List<Object> values) {

  public Condition {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(comparison, "comparison");
    values = List.copyOf(new LinkedHashSet<>(values));
    if (values.isEmpty()) {
      throw new IllegalArgumentException("a condition on " + column.name() + " needs a value");
    }
    if ((comparison == Comparison.LESS_THAN || comparison == Comparison.GREATER_THAN)
        && values.size() != 1) {
      throw new IllegalArgumentException(
          comparison + " on " + column.name() + " takes one value, not " + values);
    }
    if (comparison == Comparison.STARTS_WITH && column.type() != ValueType.STRING) {
      throw new IllegalArgumentException("STARTS_WITH needs a string column, not " + column);
    }
    for (Object value : values) {
      if (value == null || !column.type().accepts(value)) {
        throw new IllegalArgumentException(
            "value " + value + " is not a " + column.type() + " for " + column.name());
      }
    }
  }

  /** Equal to one of {@code values}. */
  public static <R> Condition<R> in(Column<R, ?> column, List<?> values) {
    return new Condition<>(column, Comparison.IN, List.copyOf(values));
  }

  /** Less than {@code value}. */
  public static <R> Condition<R> lessThan(Column<R, ?> column, Object value) {
    return new Condition<>(column, Comparison.LESS_THAN, List.of(value));
  }

  /** Greater than {@code value}. */
  public static <R> Condition<R> greaterThan(Column<R, ?> column, Object value) {
    return new Condition<>(column, Comparison.GREATER_THAN, List.of(value));
  }

  /** A string starting with one of {@code prefixes}. */
  public static <R> Condition<R> startsWith(Column<R, String> column, List<String> prefixes) {
    return new Condition<>(column, Comparison.STARTS_WITH, List.copyOf(prefixes));
  }

  /** Whether {@code record} passes this condition. */
  public boolean matches(R record) {
    Object actual = column.get(record);
    if (actual == null) {
      return false;
    }
    switch (comparison) {
      case IN:
        // A handful of values: a linear pass allocates nothing and beats hashing.
        return values.contains(actual);
      case LESS_THAN:
        return ValueType.compare(actual, values.get(0)) < 0;
      case GREATER_THAN:
        return ValueType.compare(actual, values.get(0)) > 0;
      case STARTS_WITH:
        for (Object prefix : values) {
          if (((String) actual).startsWith((String) prefix)) {
            return true;
          }
        }
        return false;
      default:
        throw new IllegalStateException("unknown comparison " + comparison);
    }
  }
}
