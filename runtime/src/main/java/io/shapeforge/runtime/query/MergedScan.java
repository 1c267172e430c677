package io.shapeforge.runtime.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.stream.Stream;

/**
 * A k-way merge of index ranges that are each ordered by the query order, such as one range per
 * value of an {@code IN} filter. It reads one record ahead per range, so a page of n costs about
 * n + k reads. Order keys it returns strictly increase: a record met twice (it moved from one range
 * to another during the scan) comes back once.
 */
final class MergedScan<R> implements Iterator<R>, AutoCloseable {
  private final List<Stream<R>> streams;
  private final Comparator<R> order;
  private final PriorityQueue<Head<R>> heads;
  private R last;
  private R next;

  MergedScan(List<Stream<R>> streams, Comparator<R> order) {
    this.streams = new ArrayList<>(streams);
    this.order = order;
    this.heads = new PriorityQueue<>(Math.max(1, streams.size()), (left, right) -> order.compare(left.record, right.record));
    for (Stream<R> stream : streams) {
      advance(stream.iterator());
    }
  }

  @Override
  public boolean hasNext() {
    while (next == null && !heads.isEmpty()) {
      Head<R> head = heads.poll();
      advance(head.source);
      // The order ends in a unique key, so an equal key is the same record met in a second range:
      // a write inserts the new index entry before it removes the old one. Skip the repeat.
      if (last == null || order.compare(head.record, last) > 0) {
        next = head.record;
      }
    }
    return next != null;
  }

  @Override
  public R next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    last = next;
    next = null;
    return last;
  }

  @Override
  public void close() {
    RuntimeException failure = null;
    for (Stream<R> stream : streams) {
      try {
        stream.close();
      } catch (RuntimeException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  private void advance(Iterator<R> source) {
    if (source.hasNext()) {
      heads.add(new Head<>(source.next(), source));
    }
  }

  private static final class Head<R> {
    final R record;
    final Iterator<R> source;

    Head(R record, Iterator<R> source) {
      this.record = record;
      this.source = source;
    }
  }
}
