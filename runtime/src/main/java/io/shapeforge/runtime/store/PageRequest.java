package io.shapeforge.runtime.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One page of an index as a query: the records whose leading index values equal {@link #prefix()},
 * that pass every {@link #conditions() condition}, in {@link #order()}, strictly after the order
 * key {@link #after()}, at most {@link #limit()} of them. A SQL engine answers it in one statement
 * ({@code WHERE scope = ? AND status IN (...) AND (k1, k2) > (?, ?) ORDER BY k1, k2 LIMIT ?}); the
 * in-memory engine scans one index range per value of the fanned-out column and merges them.
 *
 * <p><b>Order.</b> The page is ordered by the index parts after the prefix. When the first of those
 * parts carries an {@link Comparison#IN} condition, that part is <em>fanned out</em>: the page is
 * one ordered range per value, merged, so its order is the parts after it. This is how a query
 * ordered by (startTime, id) and filtered by status uses an index of (scope, status, startTime,
 * id). Records with equal order keys come in primary key order, so the order should end in the
 * primary key (a query's order does).
 *
 * <pre>{@code
 * PageRequest.of(BY_STATUS, Key.of(scope))
 *     .where(Condition.in(STATUS, List.of("SUCCESS", "FAILED")))
 *     .after(Key.of(lastStart, lastId))
 *     .limit(11);
 * }</pre>
 *
 * @param <R> the record type
 */
public final class PageRequest<R> {
  private final IndexDefinition<R> index;
  private final Key prefix;
  private final List<Condition<R>> conditions;
  private final Key after;
  private final int limit;

  private PageRequest(
      IndexDefinition<R> index, Key prefix, List<Condition<R>> conditions, Key after, int limit) {
    this.index = index;
    this.prefix = prefix;
    this.conditions = List.copyOf(conditions);
    this.after = after;
    this.limit = limit;
  }

  /**
   * The first page of every record whose leading values in {@code index} are {@code prefix}, with
   * no condition and no limit.
   *
   * @throws IllegalArgumentException when the prefix is as long as the index (nothing left to order
   *     by), longer, or holds values of the wrong type
   */
  public static <R> PageRequest<R> of(IndexDefinition<R> index, Key prefix) {
    Objects.requireNonNull(index, "index");
    index.checkKey(prefix, "prefix");
    if (prefix.size() >= index.parts().size()) {
      throw new IllegalArgumentException(
          "prefix " + prefix + " leaves no part of " + index + " to order by");
    }
    return new PageRequest<>(index, prefix, List.of(), null, Integer.MAX_VALUE);
  }

  /** This request with one more condition (conditions are AND-ed). */
  public PageRequest<R> where(Condition<R> condition) {
    List<Condition<R>> more = new ArrayList<>(conditions);
    more.add(Objects.requireNonNull(condition, "condition"));
    return new PageRequest<>(index, prefix, more, after, limit);
  }

  /**
   * This request starting strictly after {@code orderKey}: every record whose order key starts with
   * it, or comes before it, is skipped.
   */
  public PageRequest<R> after(Key orderKey) {
    Objects.requireNonNull(orderKey, "orderKey");
    List<KeyPart<R>> order = order();
    if (orderKey.size() > order.size()) {
      throw new IllegalArgumentException(
          "after key " + orderKey + " is longer than the order " + order);
    }
    for (int i = 0; i < orderKey.size(); i++) {
      Column<R, ?> column = order.get(i).column();
      if (!column.type().accepts(orderKey.get(i))) {
        throw new IllegalArgumentException(
            "after key "
                + orderKey
                + ": value "
                + (i + 1)
                + " is not a "
                + column.type()
                + " for "
                + column.name());
      }
    }
    return new PageRequest<>(index, prefix, conditions, orderKey, limit);
  }

  /** This request returning at most {@code limit} records. */
  public PageRequest<R> limit(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit " + limit + " is below 1");
    }
    return new PageRequest<>(index, prefix, conditions, after, limit);
  }

  /** The index read. */
  public IndexDefinition<R> index() {
    return index;
  }

  /** The values the leading index parts must equal ({@code null} matches {@code null}). */
  public Key prefix() {
    return prefix;
  }

  /** The conditions, AND-ed. */
  public List<Condition<R>> conditions() {
    return conditions;
  }

  /** The order key to start strictly after, or {@code null} for the first page. */
  public Key after() {
    return after;
  }

  /** The most records to return. */
  public int limit() {
    return limit;
  }

  /**
   * The {@link Comparison#IN} condition on the index part right after the prefix, which the page
   * fans out over, or {@code null} when there is none.
   */
  public Condition<R> fanOut() {
    Column<R, ?> next = index.parts().get(prefix.size()).column();
    if (index.parts().size() - prefix.size() < 2) {
      return null;
    }
    Condition<R> smallest = null;
    for (Condition<R> condition : conditions) {
      if (condition.comparison() == Comparison.IN
          && condition.column().sameAs(next)
          && (smallest == null || condition.values().size() < smallest.values().size())) {
        smallest = condition;
      }
    }
    return smallest;
  }

  /** The index parts a page is ordered by: those after the prefix and the fanned-out part. */
  public List<KeyPart<R>> order() {
    int first = prefix.size() + (fanOut() == null ? 0 : 1);
    return index.parts().subList(first, index.parts().size());
  }

  /** Whether {@code record} passes every condition. */
  public boolean matches(R record) {
    for (Condition<R> condition : conditions) {
      if (!condition.matches(record)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "PageRequest["
        + index.name()
        + " = "
        + prefix
        + " where "
        + conditions
        + " after "
        + after
        + " limit "
        + limit
        + "]";
  }
}
