package io.shapeforge.runtime.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;

/**
 * One in-memory index: a skip list of {@link Slot}s ordered by the index parts and then the
 * primary key parts, so that it is a total order even when index keys repeat. Reads are lock-free;
 * writes must hold the table's write lock.
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
    Probe<R> lower = range.lowerBound() == null
        ? new Probe<>(range.prefix(), -1)
        : new Probe<>(range.lowerBound(), range.lowerInclusive() ? -1 : +1);
    if (slots.comparator().compare(lower, upper) >= 0) {
      return Stream.empty();
    }
    // A bound before the prefix starts at the prefix.
    if (slots.comparator().compare(lower, new Probe<>(range.prefix(), -1)) < 0) {
      lower = new Probe<>(range.prefix(), -1);
    }
    return slots.subMap(lower, true, upper, false).values().stream().map(slot -> slot.record);
  }
}
