package io.shapeforge.runtime.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One component of an index key: a column and the direction it sorts in.
 *
 * @param column the column
 * @param direction the direction
 * @param <R> the record type
 */
public record KeyPart<R>(Column<R, ?> column, Direction direction) {

  public KeyPart {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(direction, "direction");
  }

  /**
   * Compares two values of this part's column in its direction, {@code null} first when ascending.
   */
  public int compareValues(Object left, Object right) {
    int order = ValueType.compare(left, right);
    return direction == Direction.ASCENDING ? order : -order;
  }

  /** Compares two records by this part. */
  public int compareRecords(R left, R right) {
    return compareValues(column.get(left), column.get(right));
  }

  /** Whether {@code other} has the same column name, type and direction. */
  public boolean sameAs(KeyPart<?> other) {
    return column.sameAs(other.column) && direction == other.direction;
  }

  /** The parts as a list; a helper for varargs methods that keeps their arrays private. */
  @SafeVarargs
  public static <R> List<KeyPart<R>> listOf(KeyPart<R>... parts) {
    List<KeyPart<R>> list = new ArrayList<>(parts.length);
    for (KeyPart<R> part : parts) {
      list.add(part);
    }
    return List.copyOf(list);
  }

  @Override
  public String toString() {
    return column.name() + (direction == Direction.ASCENDING ? " ASC" : " DESC");
  }
}
