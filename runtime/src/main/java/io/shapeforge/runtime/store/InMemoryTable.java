package io.shapeforge.runtime.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A {@link Table} in memory: one copy-on-write B+ tree per index ({@link OrderedIndex}) whose
 * leaves hold the records themselves, so a record costs one array slot per index and no key copies.
 *
 * <p><b>Consistency.</b> Readers never lock. Writers take the store's write lock and update the
 * secondary indexes and then the primary key, index by index, so a reader may see a write in one
 * index before another. A scan reads one state of its index, as it was when the scan started, so it
 * keeps (and exceeds) the promises of {@link Store}:
 *
 * <ul>
 *   <li>a record whose key in the scanned index stays the same for the whole scan is returned
 *       exactly once, as its old or its new version;
 *   <li>a record inserted or deleted during the scan may or may not be returned;
 *   <li>a record whose key in the scanned index changes during the scan is returned at most once,
 *       at its old position or its new one; the ranges of one page read the same state of the
 *       index, so a record moving between two of them comes back at most once too.
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
    return Optional.ofNullable(primary.find(primaryKey));
  }

  @Override
  public Optional<R> put(R record) {
    Objects.requireNonNull(record, "record");
    checkFullPrimaryKey(schema.primaryKey().keyOf(record));
    writeLock.lock();
    try {
      R previous = primary.find(record);
      if (previous == null) {
        insert(record);
        return Optional.empty();
      }
      replace(previous, record);
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
      if (primary.find(record) != null) {
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
      R previous = primary.find(record);
      if (previous == null || !expected.test(previous)) {
        return false;
      }
      replace(previous, record);
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
      R previous = primary.find(primaryKey);
      if (previous == null || !expected.test(previous)) {
        return false;
      }
      remove(previous);
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
      R previous = primary.find(primaryKey);
      if (previous == null) {
        return Optional.empty();
      }
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
  private void replace(R previous, R record) {
    for (OrderedIndex<R> index : secondary) {
      index.replace(previous, record);
    }
    primary.replace(previous, record);
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
    // A source-only stream over the index's own iteration: no pipeline stage, no buffer per record.
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(
            ordered.scan(range), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /**
   * Scan and merge: one index range per value of the fanned-out column (or one range), all read
   * from one state of the index and merged in order, with the other conditions applied to each
   * record read. The fanned-out condition holds for every record of its ranges by construction.
   */
  @Override
  public List<R> page(PageRequest<R> request) {
    OrderedIndex<R> ordered = indexFor(request.index());
    Condition<R> fanOut = request.fanOut();
    Iterator<R> records;
    if (fanOut == null) {
      records = ordered.scan(range(request.prefix(), request.after()));
    } else {
      List<ScanRange> ranges = new ArrayList<>(fanOut.values().size());
      for (Object value : fanOut.values()) {
        ranges.add(range(request.prefix().append(value), request.after()));
      }
      records =
          new MergedScan<>(ordered.scan(ranges), ordered.orderAfter(request.prefix().size() + 1));
    }
    List<Condition<R>> conditions = request.conditions();
    int limit = request.limit();
    List<R> page = new ArrayList<>(Math.min(limit, 1024));
    while (page.size() < limit && records.hasNext()) {
      R record = records.next();
      if (matches(conditions, fanOut, record)) {
        page.add(record);
      }
    }
    return page;
  }

  private static <R> boolean matches(List<Condition<R>> conditions, Condition<R> met, R record) {
    for (int i = 0; i < conditions.size(); i++) {
      Condition<R> condition = conditions.get(i);
      if (condition != met && !condition.matches(record)) {
        return false;
      }
    }
    return true;
  }

  private static ScanRange range(Key prefix, Key after) {
    ScanRange range = ScanRange.prefix(prefix);
    return after == null ? range : range.after(prefix.append(after));
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
