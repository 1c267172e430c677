package io.shapeforge.runtime.store;

/** The direction a {@link KeyPart} sorts in. Descending reverses the order, so nulls come last. */
public enum Direction {
  /** Smallest first, {@code null} first. */
  ASCENDING,
  /** Largest first, {@code null} last. */
  DESCENDING
}
