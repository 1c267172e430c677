package io.shapeforge.runtime.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * A {@link Table} in memory: one concurrent skip list per index whose entries point at the records
 * themselves, so a record costs one small entry per index and no key copies.
 *
 * <p><b>Consistency.</b> Readers never lock. Writers take one lock per table and update the
 * secondary indexes and then the primary key, entry by entry, so a reader may see a write in one
 * index before another. Within one index a reader's scan is weakly consistent, with these promises:
 * <ul>
 *   <li>a record whose key in the scanned index stays the same for the whole scan is returned
 *       exactly once, as its old or its new version;
 *   <li>a record inserted or deleted during the scan may or may not be returned;
 *   <li>a record whose key in the scanned index changes during the scan may be returned at its old
 *       position, its new position, both or (when the scan has passed one and not reached the
 *       other) neither.
 * </ul>
 */
final class InMemoryTable<R> implements Table<R> {
  private final TableSchema<R> schema;
  private final OrderedIndex<R> primary;
  private final List<OrderedIndex<R>> secondary;
  private final ReentrantLock writeLock = new ReentrantLock();
  private volatile long size;

  InMemoryTable(TableSchema<R> schema) {
    this.schema = schema;
    this.primary = new OrderedIndex<>(schema.primaryKey(), schema.primaryKey());
    this.secondary = new ArrayList<>();
    for (IndexDefinition<R> index : schema.secondaryIndexes()) {
      secondary.add(new OrderedIndex<>(index, schema.primaryKey()));
    }
  }

  @Override
  public TableSchema<R> schema() {
    return schema;
  }

  @Override
  public Optional<R> get(Key primaryKey) {
    checkFullPrimaryKey(primaryKey);
    Slot<R> slot = primary.slotAt(primaryKey);
    return slot == null ? Optional.empty() : Optional.of(slot.record);
  }

  @Override
  public Optional<R> put(R record) {
    Objects.requireNonNull(record, "record");
    checkFullPrimaryKey(schema.primaryKey().keyOf(record));
    writeLock.lock();
    try {
      Slot<R> existing = primary.slotOf(record);
      if (existing == null) {
        for (OrderedIndex<R> index : secondary) {
          index.insert(record);
        }
        primary.insert(record);
        size = size + 1;
        return Optional.empty();
      }
      R previous = existing.record;
      for (OrderedIndex<R> index : secondary) {
        index.replace(previous, record);
      }
      existing.record = record;
      return Optional.of(previous);
    } finally {
      writeLock.unlock();
    }
  }

  @Override
  public Optional<R> delete(Key primaryKey) {
    checkFullPrimaryKey(primaryKey);
    writeLock.lock();
    try {
      Slot<R> existing = primary.slotAt(primaryKey);
      if (existing == null) {
        return Optional.empty();
      }
      R previous = existing.record;
      for (OrderedIndex<R> index : secondary) {
        index.remove(previous);
      }
      primary.remove(previous);
      size = size - 1;
      return Optional.of(previous);
    } finally {
      writeLock.unlock();
    }
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public Stream<R> scan(IndexDefinition<R> index, ScanRange range) {
    OrderedIndex<R> ordered = indexFor(index);
    index.checkKey(range.prefix(), "prefix");
    if (range.lowerBound() != null) {
      index.checkKey(range.lowerBound(), "lower bound");
    }
    return ordered.scan(range);
  }

  private OrderedIndex<R> indexFor(IndexDefinition<R> index) {
    Objects.requireNonNull(index, "index");
    if (index.sameAs(primary.definition())) {
      return primary;
    }
    for (OrderedIndex<R> candidate : secondary) {
      if (candidate.definition().sameAs(index)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("table " + schema.name() + " has no index " + index);
  }

  private void checkFullPrimaryKey(Key key) {
    IndexDefinition<R> primaryKey = schema.primaryKey();
    primaryKey.checkKey(key, "primary key");
    if (key.size() != primaryKey.parts().size()) {
      throw new IllegalArgumentException("primary key " + key + " needs " + primaryKey.parts().size() + " values");
    }
    for (int i = 0; i < key.size(); i++) {
      if (key.get(i) == null) {
        throw new IllegalArgumentException(
            "primary key " + key + ": " + primaryKey.parts().get(i).column().name() + " is null");
      }
    }
  }
}
