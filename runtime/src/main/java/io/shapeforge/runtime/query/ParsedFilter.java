package io.shapeforge.runtime.query;

import io.shapeforge.runtime.store.Column;
import io.shapeforge.runtime.store.Condition;
import java.util.List;

/**
 * One validated filter of a request: its definition and its distinct values, parsed to the column's
 * type. A record matches when it matches any value.
 */
final class ParsedFilter<R> {
  private final FilterDefinition<R> definition;
  private final List<Object> values;

  ParsedFilter(FilterDefinition<R> definition, List<Object> values) {
    this.definition = definition;
    this.values = List.copyOf(values);
  }

  FilterDefinition<R> definition() {
    return definition;
  }

  /** The distinct values, in the order sent. */
  List<Object> values() {
    return values;
  }

  /** This filter as a store condition, which a store may answer from an index or in SQL. */
  @SuppressWarnings("unchecked")
  Condition<R> condition() {
    switch (definition.operator()) {
      case IN:
      case EQUALS:
        return Condition.in(definition.column(), values);
      case BEFORE:
        return Condition.lessThan(definition.column(), values.get(0));
      case AFTER:
        return Condition.greaterThan(definition.column(), values.get(0));
      case BEGINS_WITH:
        return Condition.startsWith(
            (Column<R, String>) definition.column(), (List<String>) (List<?>) values);
      default:
        throw new IllegalStateException("unknown operator " + definition.operator());
    }
  }
}
