package io.shapeforge.runtime.store;

import java.util.List;
import java.util.Objects;

/**
 * A named ordering of a table's records. A secondary index need not be unique: a store orders
 * records with equal index keys by their primary key, so every index is a total order.
 *
 * <pre>{@code
 * IndexDefinition.of("byStatus", SCOPE.ascending(), STATUS.ascending(), START_TIME.ascending())
 * }</pre>
 *
 * @param name the index name, unique within a table
 * @param parts the key parts, most significant first
 * @param <R> the record type
 */
public record IndexDefinition<R>(String name, List<KeyPart<R>> parts) {

  public IndexDefinition {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("an index needs a name");
    }
    parts = List.copyOf(parts);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("index " + name + " needs at least one key part");
    }
  }

  /** An index of these parts. */
  @SafeVarargs
  public static <R> IndexDefinition<R> of(String name, KeyPart<R>... parts) {
    return new IndexDefinition<>(name, KeyPart.listOf(parts));
  }

  /** Whether {@code other} has the same name and the same parts (by name, type and direction). */
  public boolean sameAs(IndexDefinition<?> other) {
    if (!name.equals(other.name) || parts.size() != other.parts.size()) {
      return false;
    }
    for (int i = 0; i < parts.size(); i++) {
      if (!parts.get(i).sameAs(other.parts.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The key of {@code record} in this index. */
  public Key keyOf(R record) {
    Object[] values = new Object[parts.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = parts.get(i).column().get(record);
    }
    return Key.of(values);
  }

  /** Whether two records have equal keys in this index. */
  public boolean sameKey(R left, R right) {
    for (KeyPart<R> part : parts) {
      if (part.compareRecords(left, right) != 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return name + parts;
  }

  /**
   * Rejects a key that is longer than this index or holds a value of the wrong type.
   *
   * @param role what the key is, for the message, such as {@code prefix}
   * @throws IllegalArgumentException when the key does not fit this index
   */
  public void checkKey(Key key, String role) {
    Objects.requireNonNull(key, role);
    if (key.size() > parts.size()) {
      throw new IllegalArgumentException(
          role + " " + key + " has more values than index " + this + " has parts");
    }
    for (int i = 0; i < key.size(); i++) {
      Column<R, ?> column = parts.get(i).column();
      if (!column.type().accepts(key.get(i))) {
        throw new IllegalArgumentException(
            role
                + " "
                + key
                + ": value "
                + (i + 1)
                + " is not a "
                + column.type()
                + " for "
                + column.name());
      }
    }
  }
}
