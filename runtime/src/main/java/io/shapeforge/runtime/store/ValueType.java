package io.shapeforge.runtime.store;

import java.time.Instant;

/**
 * The value types a key column may hold. They are few on purpose: each maps onto one SQL type and
 * one token encoding. Values compare in their natural order, with {@code null} before any value.
 */
public enum ValueType {
  /** A {@link String}, compared by UTF-16 code units as {@link String#compareTo} does. */
  STRING(String.class),
  /** An {@link Instant}. */
  INSTANT(Instant.class),
  /** An {@link Integer}. */
  INTEGER(Integer.class),
  /** A {@link Long}. */
  LONG(Long.class),
  /** A {@link Boolean}, {@code false} before {@code true}. */
  BOOLEAN(Boolean.class);

  private final Class<?> javaType;

  ValueType(Class<?> javaType) {
    this.javaType = javaType;
  }

  /** The Java class of this type's values. */
  public Class<?> javaType() {
    return javaType;
  }

  /** Whether {@code value} is {@code null} or of this type. */
  public boolean accepts(Object value) {
    return value == null || javaType.isInstance(value);
  }

  /** The type of a non-null value, or {@code null} when its class is not a key type. */
  public static ValueType of(Object value) {
    for (ValueType type : values()) {
      if (type.javaType.isInstance(value)) {
        return type;
      }
    }
    return null;
  }

  /**
   * Compares two values of one type, {@code null} first.
   *
   * @throws ClassCastException when they are of different types
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static int compare(Object left, Object right) {
    if (left == right) {
      return 0;
    }
    if (left == null) {
      return -1;
    }
    if (right == null) {
      return 1;
    }
    // Index keys are mostly strings and timestamps: exact-class checks let the JIT inline their
    // compareTo instead of dispatching through Comparable on every step of an index seek.
    if (left instanceof String) {
      return ((String) left).compareTo((String) right);
    }
    if (left instanceof Instant) {
      return ((Instant) left).compareTo((Instant) right);
    }
    return ((Comparable) left).compareTo(right);
  }
}
