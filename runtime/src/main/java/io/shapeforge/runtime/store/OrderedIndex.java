package io.shapeforge.runtime.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One in-memory index: a skip list of {@link Slot}s ordered by the index parts and then the primary
 * key parts, so that it is a total order even when index keys repeat. Reads are lock-free; writes
 * must hold the table's write lock.
 */
final class OrderedIndex<R> {
  private final IndexDefinition<R> definition;
  private final ConcurrentSkipListMap<Position<R>, Slot<R>> slots;

  OrderedIndex(IndexDefinition<R> definition, IndexDefinition<R> primaryKey) {
    this.definition = definition;
    List<KeyPart<R>> order = new ArrayList<>(definition.parts());
    if (definition != primaryKey) {
      order.addAll(primaryKey.parts());
    }
    this.slots = new ConcurrentSkipListMap<>(new PositionOrder<>(order));
  }

  IndexDefinition<R> definition() {
    return definition;
  }

  /** The slot holding a record with {@code record}'s key in this index (and primary key). */
  Slot<R> slotOf(R record) {
    return slots.get(new Slot<>(record));
  }

  /** The slot whose full key is {@code key}. */
  Slot<R> slotAt(Key key) {
    return slots.get(new Probe<R>(key, 0));
  }

  void insert(R record) {
    Slot<R> slot = new Slot<>(record);
    slots.put(slot, slot);
  }

  void remove(R record) {
    slots.remove(new Slot<>(record));
  }

  /**
   * Moves a record to its new version: a swap in place when its key here is unchanged, else an
   * insert of the new entry before the removal of the old one, so the record is never absent.
   */
  void replace(R previous, R record) {
    if (definition.sameKey(previous, record)) {
      slotOf(previous).record = record;
    } else {
      insert(record);
      remove(previous);
    }
  }

  Stream<R> scan(ScanRange range) {
    Probe<R> upper = new Probe<>(range.prefix(), +1);
    Probe<R> lower =
        range.lowerBound() == null
            ? new Probe<>(range.prefix(), -1)
            : new Probe<>(range.lowerBound(), range.lowerInclusive() ? -1 : +1);
    if (slots.comparator().compare(lower, upper) >= 0) {
      return Stream.empty();
    }
    // A bound before the prefix starts at the prefix.
    if (slots.comparator().compare(lower, new Probe<>(range.prefix(), -1)) < 0) {
      lower = new Probe<>(range.prefix(), -1);
    }
    // A source-only stream over a record spliterator: its iterator() hands out the skip list's own
    // iteration, with no pipeline stage and no buffer per record.
    return StreamSupport.stream(
        new Records<>(slots.subMap(lower, true, upper, false).values().iterator()), false);
  }

  /** The records of a range of slots, in index order. */
  private static final class Records<R> extends Spliterators.AbstractSpliterator<R> {
    private final Iterator<Slot<R>> slots;

    Records(Iterator<Slot<R>> slots) {
      super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
      this.slots = slots;
    }

    @Override
    public boolean tryAdvance(Consumer<? super R> action) {
      if (!slots.hasNext()) {
        return false;
      }
      action.accept(slots.next().record);
      return true;
    }
  }
}
