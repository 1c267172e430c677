package io.shapeforge.samples.ssm.windows;

import io.shapeforge.runtime.resource.ResourceQuery;
import io.shapeforge.runtime.store.Column;
import io.shapeforge.runtime.store.Condition;
import io.shapeforge.runtime.validation.ConstraintKind;
import io.shapeforge.runtime.validation.Violations;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The filter keys one Describe operation supports, and their parsing into store conditions. A
 * record matches a filter when its member equals one of the filter's values; filters are AND-ed.
 *
 * <p>An unknown key or a value of the wrong kind is a {@code ValidationException} in AWS's
 * constraint format, listing every problem at once, as the seed operation's filters answer: {@code
 * Value 'Owner' at 'filters.1.member.key' failed to satisfy constraint: Member must satisfy enum
 * value set: [Name, Enabled]}.
 *
 * @param <R> the record type
 */
final class DescribeFilter<R> {
  private final Map<String, Key<R>> keys = new LinkedHashMap<>();

  private record Key<R>(Column<R, ?> column, Function<String, Object> parse, String expected) {}

  /** A key matched by equality on a string member. */
  DescribeFilter<R> string(String key, Column<R, String> column) {
    keys.put(key, new Key<>(column, value -> value, null));
    return this;
  }

  /** A key whose values must be one of {@code allowed}. */
  DescribeFilter<R> oneOf(String key, Column<R, String> column, List<String> allowed) {
    keys.put(
        key,
        new Key<>(
            column,
            value -> allowed.contains(value) ? value : null,
            "Member must satisfy enum value set: " + allowed));
    return this;
  }

  /** A key whose values are {@code true} or {@code false}, in any case ({@code Enabled=True}). */
  DescribeFilter<R> bool(String key, Column<R, Boolean> column) {
    keys.put(
        key,
        new Key<>(
            column,
            value ->
                value.equalsIgnoreCase("true")
                    ? Boolean.TRUE
                    : value.equalsIgnoreCase("false") ? Boolean.FALSE : null,
            "Member must satisfy enum value set: [true, false]"));
    return this;
  }

  /** A key whose values are integers. */
  DescribeFilter<R> integer(String key, Column<R, Integer> column) {
    keys.put(
        key,
        new Key<>(
            column,
            value -> {
              try {
                return Integer.valueOf(value.trim());
              } catch (NumberFormatException e) {
                return null;
              }
            },
            "Member must be an integer"));
    return this;
  }

  /**
   * Adds the request's filters to {@code query}, as conditions and as what its next token is bound
   * to.
   *
   * @throws io.shapeforge.runtime.validation.ValidationException listing every bad key and value
   */
  void apply(List<MaintenanceWindowFilter> filters, ResourceQuery.Builder<R> query) {
    if (filters == null || filters.isEmpty()) {
      return;
    }
    Violations violations = new Violations();
    List<Condition<R>> conditions = new ArrayList<>();
    violations.enter("filters");
    for (int i = 0; i < filters.size(); i++) {
      violations.enterElement(i + 1);
      Condition<R> condition = parse(filters.get(i), violations);
      if (condition != null) {
        conditions.add(condition);
      }
      violations.exitElement();
    }
    violations.exit();
    violations.throwIfAny();
    conditions.forEach(query::where);
    filters.forEach(filter -> query.filter(filter.key(), filter.values()));
  }

  private Condition<R> parse(MaintenanceWindowFilter filter, Violations violations) {
    Key<R> key = keys.get(filter.key());
    if (key == null) {
      violations.add(
          "key",
          filter.key(),
          ConstraintKind.ENUM,
          "Member must satisfy enum value set: " + new ArrayList<>(keys.keySet()));
      return null;
    }
    List<String> values = filter.values();
    if (values == null || values.isEmpty()) {
      // The model allows an empty list; a filter that can match nothing is a caller's mistake.
      violations.add(
          "values",
          "[]",
          ConstraintKind.MIN_LENGTH,
          "Member must have length greater than or equal to 1");
      return null;
    }
    List<Object> parsed = new ArrayList<>();
    violations.enter("values");
    for (int j = 0; j < values.size(); j++) {
      Object value = values.get(j) == null ? null : key.parse().apply(values.get(j));
      if (value == null) {
        violations.enterElement(j + 1);
        violations.add(
            null,
            values.get(j),
            values.get(j) == null ? ConstraintKind.REQUIRED : ConstraintKind.ENUM,
            values.get(j) == null ? "Member must not be null" : key.expected());
        violations.exitElement();
      } else {
        parsed.add(value);
      }
    }
    violations.exit();
    return parsed.size() == values.size() ? Condition.in(key.column(), parsed) : null;
  }
}
