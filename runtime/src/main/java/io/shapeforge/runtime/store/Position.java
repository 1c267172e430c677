package io.shapeforge.runtime.store;

/**
 * A place in an in-memory index: either a stored record ({@link Slot}) or a search probe ({@link
 * Probe}). Both answer "what is the key component at part {@code i}", so one comparator orders them
 * without building a key object per record.
 */
abstract class Position<R> {

  /** How many key components this position has; a slot has them all. */
  abstract int length(int parts);

  /** The key component at part {@code i}, for {@code i < length}. */
  abstract Object component(int i, KeyPart<R> part);

  /**
   * Where a probe sits relative to the keys sharing its prefix: {@code -1} before all of them,
   * {@code +1} after all of them, {@code 0} equal (used to find one record by its full key).
   */
  abstract int bias();
}
