package io.shapeforge.runtime.store;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The default {@link Store}: indexed tables in memory, safe for many concurrent readers and
 * writers. A page or range scan costs O(log n) to position plus the entries read, whatever the
 * table size. It keeps the {@link Store} contract; how it does so is below.
 *
 * <pre>{@code
 * Store store = new InMemoryStore();
 * Table<Task> tasks = store.table(TASKS);
 * }</pre>
 *
 * <p><b>Consistency.</b> Readers never block. Writers take one lock shared by all tables of the
 * store, so every write, conditional write and transaction runs alone among writers; a transaction
 * holds the lock throughout and undoes its writes, newest first, when its work throws. A writer
 * updates the indexes one after another, so a reader may see a write in one index before another;
 * see {@link InMemoryTable} for what a scan of one index promises.
 */
public final class InMemoryStore implements Store {
  private final ConcurrentMap<String, InMemoryTable<?>> tables = new ConcurrentHashMap<>();
  private final ReentrantLock writeLock = new ReentrantLock();

  @Override
  @SuppressWarnings("unchecked")
  public <R> Table<R> table(TableSchema<R> schema) {
    InMemoryTable<?> table =
        tables.computeIfAbsent(schema.name(), name -> new InMemoryTable<>(schema, writeLock));
    if (table.schema() != schema && !table.schema().sameAs(schema)) {
      throw new IllegalArgumentException(
          "table " + schema.name() + " is open with " + table.schema() + ", not " + schema);
    }
    return (Table<R>) table;
  }

  @Override
  public <T> T inTransaction(Function<? super Transaction, ? extends T> work) {
    writeLock.lock();
    UndoLog undo = new UndoLog(this);
    try {
      T result = work.apply(undo);
      undo.close();
      return result;
    } catch (RuntimeException | Error e) {
      undo.rollBack(e);
      throw e;
    } finally {
      writeLock.unlock();
    }
  }
}
