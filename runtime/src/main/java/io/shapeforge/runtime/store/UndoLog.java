package io.shapeforge.runtime.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * An in-memory {@link Transaction}: the store's write lock is held by the caller, and every write
 * through its tables remembers the record it replaced, so a failed transaction puts them back,
 * newest first.
 */
final class UndoLog implements Transaction {
  private final InMemoryStore store;
  private final Deque<Runnable> undo = new ArrayDeque<>();
  private boolean open = true;

  UndoLog(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public <R> Table<R> table(TableSchema<R> schema) {
    return new Logged<>(store.table(schema));
  }

  void close() {
    open = false;
    undo.clear();
  }

  void rollBack(Throwable cause) {
    open = false;
    while (!undo.isEmpty()) {
      try {
        undo.pop().run();
      } catch (RuntimeException e) {
        cause.addSuppressed(e);
      }
    }
  }

  /** A table whose writes go to the undo log first. */
  private final class Logged<R> implements Table<R> {
    private final Table<R> table;

    Logged(Table<R> table) {
      this.table = table;
    }

    private void remember(Key primaryKey) {
      if (!open) {
        throw new IllegalStateException("the transaction has ended; open the table from a new one");
      }
      Optional<R> before = table.get(primaryKey);
      undo.push(
          () -> {
            if (before.isPresent()) {
              table.put(before.get());
            } else {
              table.delete(primaryKey);
            }
          });
    }

    private Key keyOf(R record) {
      return table.schema().primaryKey().keyOf(record);
    }

    @Override
    public TableSchema<R> schema() {
      return table.schema();
    }

    @Override
    public Optional<R> get(Key primaryKey) {
      return table.get(primaryKey);
    }

    @Override
    public Optional<R> put(R record) {
      remember(keyOf(record));
      return table.put(record);
    }

    @Override
    public boolean insertIfAbsent(R record) {
      remember(keyOf(record));
      return table.insertIfAbsent(record);
    }

    @Override
    public boolean replaceIf(R record, Predicate<? super R> expected) {
      remember(keyOf(record));
      return table.replaceIf(record, expected);
    }

    @Override
    public boolean deleteIf(Key primaryKey, Predicate<? super R> expected) {
      remember(primaryKey);
      return table.deleteIf(primaryKey, expected);
    }

    @Override
    public Optional<R> delete(Key primaryKey) {
      remember(primaryKey);
      return table.delete(primaryKey);
    }

    @Override
    public long size() {
      return table.size();
    }

    @Override
    public List<R> page(PageRequest<R> request) {
      return table.page(request);
    }

    @Override
    public Stream<R> scan(IndexDefinition<R> index, ScanRange range) {
      return table.scan(index, range);
    }
  }
}
