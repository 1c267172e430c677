package io.shapeforge.runtime.store;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/**
 * One typed column of a record: a name, a {@link ValueType} and a getter. Generated code declares
 * one per stored member with a method reference, so reading a key never uses reflection.
 *
 * <pre>{@code
 * static final Column<Task, Instant> START_TIME = Column.ofInstant("startTime", Task::startTime);
 * }</pre>
 *
 * @param <R> the record type
 * @param <V> the value type
 */
public final class Column<R, V> {
  private final String name;
  private final ValueType type;
  private final Function<? super R, ? extends V> getter;

  private Column(String name, ValueType type, Function<? super R, ? extends V> getter) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("a column needs a name");
    }
    this.name = name;
    this.type = Objects.requireNonNull(type, "type");
    this.getter = Objects.requireNonNull(getter, "getter");
  }

  /** A string column. */
  public static <R> Column<R, String> ofString(String name, Function<? super R, String> getter) {
    return new Column<>(name, ValueType.STRING, getter);
  }

  /** A timestamp column. */
  public static <R> Column<R, Instant> ofInstant(String name, Function<? super R, Instant> getter) {
    return new Column<>(name, ValueType.INSTANT, getter);
  }

  /** An integer column. */
  public static <R> Column<R, Integer> ofInteger(String name, Function<? super R, Integer> getter) {
    return new Column<>(name, ValueType.INTEGER, getter);
  }

  /** A long column. */
  public static <R> Column<R, Long> ofLong(String name, Function<? super R, Long> getter) {
    return new Column<>(name, ValueType.LONG, getter);
  }

  /** A boolean column. */
  public static <R> Column<R, Boolean> ofBoolean(String name, Function<? super R, Boolean> getter) {
    return new Column<>(name, ValueType.BOOLEAN, getter);
  }

  /** The column name, such as {@code startTime}; unique within a table. */
  public String name() {
    return name;
  }

  /** The type of the values. */
  public ValueType type() {
    return type;
  }

  /** Reads this column from a record. */
  public V get(R record) {
    return getter.apply(record);
  }

  /** This column as an ascending key part. */
  public KeyPart<R> ascending() {
    return new KeyPart<>(this, Direction.ASCENDING);
  }

  /** This column as a descending key part. */
  public KeyPart<R> descending() {
    return new KeyPart<>(this, Direction.DESCENDING);
  }

  /** Whether {@code other} has the same name and type; getters are not comparable. */
  public boolean sameAs(Column<?, ?> other) {
    return name.equals(other.name) && type == other.type;
  }

  @Override
  public String toString() {
    return name + ":" + type;
  }
}
