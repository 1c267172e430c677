package io.shapeforge.runtime.store;

import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A k-way merge of index ranges that are each ordered by the query order, such as one range per
 * value of an {@code IN} filter. It reads one record ahead per range, so a page of n costs about n
 * + k reads. Order keys it returns strictly increase: a record met twice (it moved from one range
 * to another during the scan) comes back once.
 *
 * <p>k is the number of values of one filter (a handful), so the smallest head is found by a linear
 * pass over an array of heads: no heap, and no allocation per record.
 */
final class MergedScan<R> implements Iterator<R> {
  private final Comparator<R> order;
  private final Iterator<R>[] sources;
  private final Object[] heads;
  private final int[] twins;
  private int twinCount;
  private R next;

  @SuppressWarnings("unchecked")
  MergedScan(List<Iterator<R>> ranges, Comparator<R> order) {
    this.order = order;
    this.sources = ranges.toArray(new Iterator[0]);
    this.heads = new Object[sources.length];
    this.twins = new int[sources.length];
    for (int i = 0; i < sources.length; i++) {
      advance(i);
    }
  }

  @Override
  public boolean hasNext() {
    if (next != null) {
      return true;
    }
    int smallest = smallestHead();
    if (smallest < 0) {
      return false;
    }
    next = head(smallest);
    advance(smallest);
    // Each range strictly increases and the merge takes the smallest head, so a record met in two
    // ranges (ranges read from different states of an index) shows up as two equal heads at once:
    // drop the twins here, so order keys returned strictly increase.
    for (int i = 0; i < twinCount; i++) {
      advance(twins[i]);
    }
    return true;
  }

  @Override
  public R next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    R record = next;
    next = null;
    return record;
  }

  /**
   * The index of the range whose head comes first, or -1 when every range is exhausted; the ranges
   * whose heads equal it go to {@link #twins}. One comparison per other range.
   */
  private int smallestHead() {
    int smallest = -1;
    twinCount = 0;
    for (int i = 0; i < heads.length; i++) {
      if (heads[i] == null) {
        continue;
      }
      if (smallest < 0) {
        smallest = i;
        continue;
      }
      int order = this.order.compare(head(i), head(smallest));
      if (order < 0) {
        smallest = i;
        twinCount = 0;
      } else if (order == 0) {
        twins[twinCount++] = i;
      }
    }
    return smallest;
  }

  @SuppressWarnings("unchecked")
  private R head(int i) {
    return (R) heads[i];
  }

  private void advance(int i) {
    heads[i] = sources[i].hasNext() ? sources[i].next() : null;
  }
}
