package io.shapeforge.runtime.validation;

/**
 * The constraints on a list or map itself: {@code @Length} (its size), {@code @UniqueItems},
 * {@code @Sparse} and {@code @Sensitive}.
 *
 * <pre>{@code
 * static final CollectionConstraint FILTERS = CollectionConstraint.of().size(0, 5);
 * }</pre>
 *
 * <p>Without {@code @Sparse} a null element or map value is a violation; with it, nulls are allowed
 * and skipped by the element checks. Instances are immutable; each method returns a new one.
 */
public final class CollectionConstraint {
  private static final CollectionConstraint NONE =
      new CollectionConstraint(-1, Integer.MAX_VALUE, false, false, false);

  private final int min;
  private final int max;
  private final boolean unique;
  private final boolean sparse;
  private final boolean sensitive;

  private CollectionConstraint(
      int min, int max, boolean unique, boolean sparse, boolean sensitive) {
    this.min = min;
    this.max = max;
    this.unique = unique;
    this.sparse = sparse;
    this.sensitive = sensitive;
  }

  /** A dense collection of any size. */
  public static CollectionConstraint of() {
    return NONE;
  }

  /** Bounds the size, inclusive; {@code Integer.MAX_VALUE} leaves it open above. */
  public CollectionConstraint size(int min, int max) {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("bad size bounds " + min + ".." + max);
    }
    return new CollectionConstraint(min, max, unique, sparse, sensitive);
  }

  /** The elements must be distinct ({@code @UniqueItems}). */
  public CollectionConstraint uniqueItems() {
    return new CollectionConstraint(min, max, true, sparse, sensitive);
  }

  /** Nulls are allowed ({@code @Sparse}). */
  public CollectionConstraint sparse() {
    return new CollectionConstraint(min, max, unique, true, sensitive);
  }

  /** Messages leave the value out ({@code @Sensitive}). */
  public CollectionConstraint sensitive() {
    return new CollectionConstraint(min, max, unique, sparse, true);
  }

  /** The smallest size, {@code -1} without {@code @Length}. */
  public int min() {
    return min;
  }

  /** The largest size, {@code Integer.MAX_VALUE} when open. */
  public int max() {
    return max;
  }

  /** Whether the elements must be distinct. */
  public boolean isUnique() {
    return unique;
  }

  /** Whether nulls are allowed. */
  public boolean isSparse() {
    return sparse;
  }

  /** Whether messages leave the value out. */
  public boolean isSensitive() {
    return sensitive;
  }

  /** Whether {@code size} is within the bounds. */
  boolean sizeWithin(int size) {
    return min < 0 || size >= min && size <= max;
  }
}
