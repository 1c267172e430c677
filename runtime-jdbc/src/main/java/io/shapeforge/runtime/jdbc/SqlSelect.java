package io.shapeforge.runtime.jdbc;

import static io.shapeforge.runtime.jdbc.SqlNames.quote;

import io.shapeforge.runtime.store.Column;
import io.shapeforge.runtime.store.Condition;
import io.shapeforge.runtime.store.Direction;
import io.shapeforge.runtime.store.Key;
import io.shapeforge.runtime.store.KeyPart;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Builds one keyset {@code SELECT} over one index: equality on the leading parts, conditions, a
 * lexicographic lower bound, {@code ORDER BY} the index order (nulls first ascending, last
 * descending, as {@link io.shapeforge.runtime.store.ValueType} orders them) and a limit. The
 * predicates are written so that the database can start the index range at the bound: besides the
 * exact lexicographic test, the first bound part gets a plain {@code >=} (or {@code <=}) term.
 */
final class SqlSelect<R> {
  private final String table;
  private final String selected;
  private String from;
  private final List<String> where = new ArrayList<>();
  private final List<Object> parameters = new ArrayList<>();
  private List<KeyPart<R>> order = List.of();
  private int limit = -1;

  SqlSelect(String table, String selected) {
    this.table = table;
    this.selected = selected;
    this.from = quote(table);
  }

  /** Reads through a named index, in the dialect's words. */
  SqlSelect<R> through(SqlDialect dialect, String index) {
    this.from = dialect.from(quote(table), index == null ? null : quote(index));
    return this;
  }

  /** {@code column = value}, or {@code IS NULL}. */
  SqlSelect<R> equal(Column<R, ?> column, Object value) {
    where.add(equality(column, value));
    return this;
  }

  /** The leading columns of {@code parts} equal the values of {@code prefix}. */
  SqlSelect<R> prefix(List<KeyPart<R>> parts, Key prefix) {
    for (int i = 0; i < prefix.size(); i++) {
      equal(parts.get(i).column(), prefix.get(i));
    }
    return this;
  }

  SqlSelect<R> condition(Condition<R> condition) {
    String column = quote(condition.column().name());
    switch (condition.comparison()) {
      case IN:
        {
          StringJoiner values = new StringJoiner(", ", column + " IN (", ")");
          for (Object value : condition.values()) {
            values.add("?");
            parameters.add(value);
          }
          where.add(values.toString());
          break;
        }
      case LESS_THAN:
        where.add(column + " < ?");
        parameters.add(condition.values().get(0));
        break;
      case GREATER_THAN:
        where.add(column + " > ?");
        parameters.add(condition.values().get(0));
        break;
      case STARTS_WITH:
        {
          StringJoiner prefixes = new StringJoiner(" OR ", "(", ")");
          for (Object prefix : condition.values()) {
            prefixes.add(column + " LIKE ? ESCAPE '!'");
            parameters.add(likePrefix((String) prefix));
          }
          where.add(prefixes.toString());
          break;
        }
      default:
        throw new IllegalStateException("unknown comparison " + condition.comparison());
    }
    return this;
  }

  /**
   * Only rows whose values of the leading {@code bound.size()} parts come after {@code bound} in
   * index order or, when {@code inclusive}, equal it.
   */
  SqlSelect<R> from(List<KeyPart<R>> parts, Key bound, boolean inclusive) {
    if (bound.size() == 0) {
      if (!inclusive) {
        where.add("1 = 0");
      }
      return this;
    }
    where.add(atOrAfter(parts.get(0), bound.get(0)));
    StringJoiner any = new StringJoiner(" OR ", "(", ")");
    for (int i = 0; i < bound.size(); i++) {
      StringJoiner term = new StringJoiner(" AND ", "(", ")");
      for (int j = 0; j < i; j++) {
        term.add(equality(parts.get(j).column(), bound.get(j)));
      }
      term.add(after(parts.get(i), bound.get(i)));
      any.add(term.toString());
    }
    if (inclusive) {
      StringJoiner equal = new StringJoiner(" AND ", "(", ")");
      for (int j = 0; j < bound.size(); j++) {
        equal.add(equality(parts.get(j).column(), bound.get(j)));
      }
      any.add(equal.toString());
    }
    where.add(any.toString());
    return this;
  }

  SqlSelect<R> orderBy(List<KeyPart<R>> parts) {
    this.order = List.copyOf(parts);
    return this;
  }

  SqlSelect<R> limit(int rows) {
    this.limit = rows;
    return this;
  }

  String sql() {
    StringBuilder sql = new StringBuilder("SELECT ").append(selected).append(" FROM ").append(from);
    if (!where.isEmpty()) {
      sql.append(" WHERE ").append(String.join(" AND ", where));
    }
    if (!order.isEmpty()) {
      sql.append(" ORDER BY ").append(orderBy(order, null));
    }
    if (limit >= 0) {
      sql.append(" LIMIT ").append(limit);
    }
    return sql.toString();
  }

  List<Object> parameters() {
    return parameters;
  }

  /** The ORDER BY list of {@code parts}, by column name or, given aliases, by alias. */
  static <R> String orderBy(List<KeyPart<R>> parts, List<String> aliases) {
    StringJoiner list = new StringJoiner(", ");
    for (int i = 0; i < parts.size(); i++) {
      KeyPart<R> part = parts.get(i);
      String name = aliases == null ? quote(part.column().name()) : aliases.get(i);
      list.add(
          part.direction() == Direction.ASCENDING
              ? name + " ASC NULLS FIRST"
              : name + " DESC NULLS LAST");
    }
    return list.toString();
  }

  private String equality(Column<R, ?> column, Object value) {
    if (value == null) {
      return quote(column.name()) + " IS NULL";
    }
    parameters.add(value);
    return quote(column.name()) + " = ?";
  }

  /**
   * Strictly after {@code value} in the part's direction: nulls are first ascending, last
   * descending.
   */
  private String after(KeyPart<R> part, Object value) {
    String column = quote(part.column().name());
    if (part.direction() == Direction.ASCENDING) {
      if (value == null) {
        return column + " IS NOT NULL";
      }
      parameters.add(value);
      return column + " > ?";
    }
    if (value == null) {
      return "1 = 0";
    }
    parameters.add(value);
    return "(" + column + " < ? OR " + column + " IS NULL)";
  }

  /** At or after {@code value}: the term an index range starts from. */
  private String atOrAfter(KeyPart<R> part, Object value) {
    String column = quote(part.column().name());
    if (part.direction() == Direction.ASCENDING) {
      if (value == null) {
        return "1 = 1";
      }
      parameters.add(value);
      return column + " >= ?";
    }
    if (value == null) {
      return column + " IS NULL";
    }
    parameters.add(value);
    return "(" + column + " <= ? OR " + column + " IS NULL)";
  }

  private static String likePrefix(String prefix) {
    return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
  }
}
