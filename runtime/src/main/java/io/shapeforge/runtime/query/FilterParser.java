package io.shapeforge.runtime.query;

import io.shapeforge.runtime.validation.ConstraintKind;
import io.shapeforge.runtime.validation.Violations;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Checks a request's filters against the definition and parses their values, reporting every
 * problem at once in AWS's format, for example {@code Value 'FOO' at 'filters.1.member.key' failed
 * to satisfy constraint: Member must satisfy enum value set: [STATUS]}.
 */
final class FilterParser<R> {
  private static final String NOT_NULL = "Member must not be null";

  private final QueryDefinition<R, ?> definition;
  private final String keyListing;

  FilterParser(QueryDefinition<R, ?> definition) {
    this.definition = definition;
    this.keyListing = new ArrayList<>(definition.filters().keySet()).toString();
  }

  /**
   * The parsed filters, in request order; throws a {@code ValidationException} listing every
   * problem.
   */
  List<ParsedFilter<R>> parse(List<RequestFilter> filters) {
    if (filters == null || filters.isEmpty()) {
      return List.of();
    }
    List<ParsedFilter<R>> valid = parseValid(filters);
    if (valid != null) {
      return valid;
    }
    Violations violations = new Violations();
    List<ParsedFilter<R>> parsed = new ArrayList<>(filters.size());
    violations.enter(definition.filtersMember());
    for (int i = 0; i < filters.size(); i++) {
      violations.enterElement(i + 1);
      ParsedFilter<R> filter = parseOne(filters.get(i), violations);
      if (filter != null) {
        parsed.add(filter);
      }
      violations.exitElement();
    }
    violations.exit();
    violations.throwIfAny();
    return parsed;
  }

  /**
   * The parsed filters when every one is valid, else {@code null}: the common case, answered
   * without the path bookkeeping of reporting. It rejects exactly what the reporting pass reports.
   */
  private List<ParsedFilter<R>> parseValid(List<RequestFilter> filters) {
    List<ParsedFilter<R>> parsed = new ArrayList<>(filters.size());
    for (int i = 0; i < filters.size(); i++) {
      RequestFilter filter = filters.get(i);
      if (filter == null || filter.key() == null) {
        return null;
      }
      FilterDefinition<R> declared = definition.filters().get(filter.key());
      List<String> values = filter.values();
      if (declared == null
          || values == null
          || values.isEmpty()
          || declared.operator().singleValue() && values.size() > 1) {
        return null;
      }
      List<Object> distinct = new ArrayList<>(values.size());
      for (int j = 0; j < values.size(); j++) {
        String value = values.get(j);
        if (value == null || !declared.allowed().isEmpty() && !declared.allowed().contains(value)) {
          return null;
        }
        Object typed = ValueParser.parse(declared.column().type(), value);
        if (typed == null) {
          return null;
        }
        if (!distinct.contains(typed)) {
          distinct.add(typed);
        }
      }
      parsed.add(new ParsedFilter<>(declared, distinct));
    }
    return parsed;
  }

  private ParsedFilter<R> parseOne(RequestFilter filter, Violations violations) {
    if (filter == null) {
      violations.add(null, null, ConstraintKind.REQUIRED, NOT_NULL);
      return null;
    }
    Map<String, FilterDefinition<R>> known = definition.filters();
    FilterDefinition<R> declared = filter.key() == null ? null : known.get(filter.key());
    if (filter.key() == null) {
      violations.add(definition.keyMember(), null, ConstraintKind.REQUIRED, NOT_NULL);
    } else if (declared == null) {
      violations.add(
          definition.keyMember(),
          filter.key(),
          ConstraintKind.ENUM,
          "Member must satisfy enum value set: " + keyListing);
    }
    List<String> values = filter.values();
    String valuesMember = definition.valuesMember();
    if (values == null) {
      violations.add(valuesMember, null, ConstraintKind.REQUIRED, NOT_NULL);
      return null;
    }
    if (values.isEmpty()) {
      violations.add(
          valuesMember,
          "[]",
          ConstraintKind.MIN_LENGTH,
          "Member must have length greater than or equal to 1");
      return null;
    }
    if (declared == null) {
      return null;
    }
    if (declared.operator().singleValue() && values.size() > 1) {
      violations.add(
          valuesMember,
          values,
          ConstraintKind.MAX_LENGTH,
          "Member must have length less than or equal to 1");
      return null;
    }
    return parseValues(declared, values, violations);
  }

  private ParsedFilter<R> parseValues(
      FilterDefinition<R> declared, List<String> values, Violations violations) {
    LinkedHashSet<Object> parsed = new LinkedHashSet<>();
    boolean valid = true;
    violations.enter(definition.valuesMember());
    for (int j = 0; j < values.size(); j++) {
      violations.enterElement(j + 1);
      String value = values.get(j);
      Object typed = value == null ? null : ValueParser.parse(declared.column().type(), value);
      if (value == null) {
        violations.add(null, null, ConstraintKind.REQUIRED, NOT_NULL);
        valid = false;
      } else if (!declared.allowed().isEmpty() && !declared.allowed().contains(value)) {
        violations.add(
            null,
            value,
            ConstraintKind.ENUM,
            "Member must satisfy enum value set: " + declared.allowed());
        valid = false;
      } else if (typed == null) {
        violations.add(
            null, value, ConstraintKind.PATTERN, ValueParser.describe(declared.column().type()));
        valid = false;
      } else {
        parsed.add(typed);
      }
      violations.exitElement();
    }
    violations.exit();
    return valid ? new ParsedFilter<>(declared, new ArrayList<>(parsed)) : null;
  }
}
