package io.shapeforge.runtime.store;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The leading values of an index key, in index order: a whole primary key for {@link Table#get}, or
 * a prefix for a {@link ScanRange}. Values may be {@code null}.
 *
 * <pre>{@code
 * Key scope = Key.of("5e1f...");                  // every task of one execution
 * Key last = Key.of("5e1f...", startTime, taskId); // a position to resume after
 * }</pre>
 */
public final class Key {
  private static final Key EMPTY = new Key(new Object[0]);

  private final Object[] values;

  private Key(Object[] values) {
    this.values = values;
  }

  /** A key of these values; {@code null} values are allowed. */
  public static Key of(Object... values) {
    return values.length == 0 ? EMPTY : new Key(values.clone());
  }

  /** A key of these values. */
  public static Key of(List<?> values) {
    return values.isEmpty() ? EMPTY : new Key(values.toArray());
  }

  /** The empty key: a prefix of every key. */
  public static Key empty() {
    return EMPTY;
  }

  /** The number of values. */
  public int size() {
    return values.length;
  }

  /** The value at a 0-based position. */
  public Object get(int index) {
    return values[index];
  }

  /** This key followed by {@code more}. */
  public Key append(Object... more) {
    Object[] joined = Arrays.copyOf(values, values.length + more.length);
    System.arraycopy(more, 0, joined, values.length, more.length);
    return new Key(joined);
  }

  /** This key followed by the values of {@code more}. */
  public Key append(Key more) {
    return append(more.values);
  }

  /** The values as an unmodifiable list (which may hold {@code null}). */
  public List<Object> values() {
    return Collections.unmodifiableList(Arrays.asList(values));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Key && Arrays.equals(values, ((Key) other).values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "Key" + Arrays.toString(values);
  }
}
