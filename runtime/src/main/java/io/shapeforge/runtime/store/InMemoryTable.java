package io.shapeforge.runtime.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A {@link Table} in memory: one concurrent skip list per index whose entries point at the records
 * themselves, so a record costs one small entry per index and no key copies.
 *
 * <p><b>Consistency.</b> Readers never lock. Writers take the store's write lock and update the
 * secondary indexes and then the primary key, entry by entry, so a reader may see a write in one
 * index before another. Within one index a reader's scan is weakly consistent, with these promises:
 *
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
  private final ReentrantLock writeLock;
  private volatile long size;

  InMemoryTable(TableSchema<R> schema, ReentrantLock writeLock) {
    this.schema = schema;
    this.writeLock = writeLock;
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
        insert(record);
        return Optional.empty();
      }
      R previous = existing.record;
      replace(existing, record);
      return Optional.of(previous);
    } finally {
      writeLock.unlock();
    }
  }

  @Override
  public boolean insertIfAbsent(R record) {
    Objects.requireNonNull(record, "record");
    checkFullPrimaryKey(schema.primaryKey().keyOf(record));
    writeLock.lock();
    try {
      if (primary.slotOf(record) != null) {
        return false;
      }
      insert(record);
      return true;
    } finally {
      writeLock.unlock();
    }
  }

  @Override
  public boolean replaceIf(R record, Predicate<? super R> expected) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(expected, "expected");
    checkFullPrimaryKey(schema.primaryKey().keyOf(record));
    writeLock.lock();
    try {
      Slot<R> existing = primary.slotOf(record);
      if (existing == null || !expected.test(existing.record)) {
        return false;
      }
      replace(existing, record);
      return true;
    } finally {
      writeLock.unlock();
    }
  }

  @Override
  public boolean deleteIf(Key primaryKey, Predicate<? super R> expected) {
    Objects.requireNonNull(expected, "expected");
    checkFullPrimaryKey(primaryKey);
    writeLock.lock();
    try {
      Slot<R> existing = primary.slotAt(primaryKey);
      if (existing == null || !expected.test(existing.record)) {
        return false;
      }
      remove(existing.record);
      return true;
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
      remove(previous);
      return Optional.of(previous);
    } finally {
      writeLock.unlock();
    }
  }

  /** Adds a new record: secondary indexes first, then the primary key. Holds the write lock. */
  private void insert(R record) {
    for (OrderedIndex<R> index : secondary) {
      index.insert(record);
    }
    primary.insert(record);
    size = size + 1;
  }

  /** Swaps a stored record for its new version. Holds the write lock. */
  private void replace(Slot<R> existing, R record) {
    R previous = existing.record;
    for (OrderedIndex<R> index : secondary) {
      index.replace(previous, record);
    }
    existing.record = record;
  }

  /** Removes a stored record from every index. Holds the write lock. */
  private void remove(R previous) {
    for (OrderedIndex<R> index : secondary) {
      index.remove(previous);
    }
    primary.remove(previous);
    size = size - 1;
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

  /**
   * Scan and merge: one index range per value of the fanned-out column (or one range), merged in
   * order, with the conditions applied to each record read.
   */
  @Override
  public List<R> page(PageRequest<R> request) {
    OrderedIndex<R> ordered = indexFor(request.index());
    Condition<R> fanOut = request.fanOut();
    List<Stream<R>> ranges = new ArrayList<>();
    if (fanOut == null) {
      ranges.add(ordered.scan(range(request.prefix(), request.after())));
    } else {
      for (Object value : fanOut.values()) {
        ranges.add(ordered.scan(range(request.prefix().append(value), request.after())));
      }
    }
    List<R> page = new ArrayList<>(Math.min(request.limit(), 1024));
    try (MergedScan<R> scan = new MergedScan<>(ranges, orderOf(request.order()))) {
      while (page.size() < request.limit() && scan.hasNext()) {
        R record = scan.next();
        if (request.matches(record)) {
          page.add(record);
        }
      }
    }
    return page;
  }

  private static ScanRange range(Key prefix, Key after) {
    ScanRange range = ScanRange.prefix(prefix);
    return after == null ? range : range.after(prefix.append(after));
  }

  private Comparator<R> orderOf(List<KeyPart<R>> order) {
    // The primary key breaks ties, as it does in every index, so distinct records never merge.
    List<KeyPart<R>> total = new ArrayList<>(order);
    total.addAll(schema.primaryKey().parts());
    @SuppressWarnings("unchecked")
    KeyPart<R>[] parts = total.toArray(new KeyPart[0]);
    return (left, right) -> {
      for (KeyPart<R> part : parts) {
        int result = part.compareRecords(left, right);
        if (result != 0) {
          return result;
        }
      }
      return 0;
    };
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
    schema.checkPrimaryKey(key);
  }
}
