package io.shapeforge.runtime.query;

import io.shapeforge.runtime.store.ValueType;
import java.util.List;
import java.util.Set;

/**
 * One validated filter of a request: its definition and its distinct values, parsed to the
 * column's type. A record matches when it matches any value.
 */
final class ParsedFilter<R> {
  private final FilterDefinition<R> definition;
  private final List<Object> values;
  private final Set<Object> valueSet;

  ParsedFilter(FilterDefinition<R> definition, List<Object> values) {
    this.definition = definition;
    this.values = List.copyOf(values);
    this.valueSet = Set.copyOf(values);
  }

  FilterDefinition<R> definition() {
    return definition;
  }

  /** The distinct values, in the order sent. */
  List<Object> values() {
    return values;
  }

  boolean matches(R record) {
    Object actual = definition.column().get(record);
    if (actual == null) {
      return false;
    }
    switch (definition.operator()) {
      case IN:
      case EQUALS:
        return valueSet.contains(actual);
      case BEFORE:
        return ValueType.compare(actual, values.get(0)) < 0;
      case AFTER:
        return ValueType.compare(actual, values.get(0)) > 0;
      case BEGINS_WITH:
        for (Object prefix : values) {
          if (((String) actual).startsWith((String) prefix)) {
            return true;
          }
        }
        return false;
      default:
        throw new IllegalStateException("unknown operator " + definition.operator());
    }
  }
}
