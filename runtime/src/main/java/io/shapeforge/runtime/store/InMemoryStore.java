package io.shapeforge.runtime.store;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The default {@link Store}: indexed tables in memory, safe for many concurrent readers and
 * writers. A range scan costs O(log n) to position plus the entries read, whatever the table size.
 * See {@link Table} and the consistency notes of its implementation below.
 *
 * <pre>{@code
 * Store store = new InMemoryStore();
 * Table<Task> tasks = store.table(TASKS);
 * }</pre>
 *
 * <p><b>Consistency.</b> Readers never block. A writer holds its table's lock and updates the
 * indexes one after another, so a reader may see a write in one index before another. A scan of
 * one index returns exactly once every record whose key in that index is unchanged for the whole
 * scan (as its old or new version); records inserted, deleted or moved within the index during
 * the scan may be missed, or, when moved, seen at both positions.
 */
public final class InMemoryStore implements Store {
  private final ConcurrentMap<String, InMemoryTable<?>> tables = new ConcurrentHashMap<>();

  @Override
  @SuppressWarnings("unchecked")
  public <R> Table<R> table(TableSchema<R> schema) {
    InMemoryTable<?> table = tables.computeIfAbsent(schema.name(), name -> new InMemoryTable<>(schema));
    if (table.schema() != schema && !table.schema().sameAs(schema)) {
      throw new IllegalArgumentException(
          "table " + schema.name() + " is open with " + table.schema() + ", not " + schema);
    }
    return (Table<R>) table;
  }
}
