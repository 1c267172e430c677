package io.shapeforge.runtime.query;

import io.shapeforge.runtime.store.Column;
import io.shapeforge.runtime.store.ValueType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * One filter key an operation accepts: its wire name, the record column it tests, the operator, and
 * the values a caller may send (empty: any value of the column's type).
 *
 * <pre>{@code
 * FilterDefinition.of("STATUS", STATUS, FilterOperator.IN,
 *     "PENDING", "IN_PROGRESS", "SUCCESS", "FAILED", "TIMED_OUT", "CANCELLING", "CANCELLED")
 * }</pre>
 *
 * @param name the key on the wire, such as {@code STATUS}
 * @param column the record column
 * @param operator the comparison
 * @param allowed the allowed wire values in the order error messages list them; empty for any
 * @param <R> the record type
 */
public record FilterDefinition<R>(
    String name, Column<R, ?> column, FilterOperator operator, List<String> allowed) {

  public FilterDefinition {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("a filter needs a name");
    }
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(operator, "operator");
    allowed = List.copyOf(allowed);
    if (new LinkedHashSet<>(allowed).size() != allowed.size()) {
      throw new IllegalArgumentException(
          "filter " + name + " lists an allowed value twice: " + allowed);
    }
    if (operator == FilterOperator.BEGINS_WITH && column.type() != ValueType.STRING) {
      throw new IllegalArgumentException(
          "filter " + name + ": BEGINS_WITH needs a string column, not " + column);
    }
    if ((operator == FilterOperator.BEFORE || operator == FilterOperator.AFTER)
        && column.type() == ValueType.BOOLEAN) {
      throw new IllegalArgumentException(
          "filter " + name + ": " + operator + " needs an ordered column, not " + column);
    }
    for (String value : allowed) {
      if (ValueParser.parse(column.type(), value) == null) {
        throw new IllegalArgumentException(
            "filter " + name + ": allowed value '" + value + "' is not a " + column.type());
      }
    }
  }

  /** A filter definition; with no {@code allowed} values any value is accepted. */
  public static <R> FilterDefinition<R> of(
      String name, Column<R, ?> column, FilterOperator operator, String... allowed) {
    return new FilterDefinition<>(name, column, operator, List.of(allowed));
  }
}
