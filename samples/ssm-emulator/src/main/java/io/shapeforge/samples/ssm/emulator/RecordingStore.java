package io.shapeforge.samples.ssm.emulator;

import io.shapeforge.runtime.store.Store;
import io.shapeforge.runtime.store.Table;
import io.shapeforge.runtime.store.TableSchema;
import io.shapeforge.runtime.store.Transaction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A store that remembers every table opened on it, in the order first opened, so that what was
 * written to it can be copied whole ({@link #records()}) without a list of tables kept by hand: the
 * window operations, the scheduler and the resource lifecycles each open their own, and a table one
 * of them adds is copied too.
 */
final class RecordingStore implements Store {
  private final Store delegate;
  private final Map<String, TableSchema<?>> opened = new LinkedHashMap<>();

  RecordingStore(Store delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  @Override
  public <R> Table<R> table(TableSchema<R> schema) {
    Table<R> table = delegate.table(schema);
    remember(schema);
    return table;
  }

  @Override
  public <T> T inTransaction(Function<? super Transaction, ? extends T> work) {
    return delegate.inTransaction(
        tx ->
            work.apply(
                new Transaction() {
                  @Override
                  public <R> Table<R> table(TableSchema<R> schema) {
                    Table<R> table = tx.table(schema);
                    remember(schema);
                    return table;
                  }
                }));
  }

  @Override
  public void close() {
    delegate.close();
  }

  /** Every record of every table opened so far, table by table in primary-key order. */
  StoreRecords records() {
    List<TableSchema<?>> schemas;
    synchronized (opened) {
      schemas = new ArrayList<>(opened.values());
    }
    return StoreRecords.of(delegate, schemas);
  }

  private void remember(TableSchema<?> schema) {
    synchronized (opened) {
      opened.putIfAbsent(schema.name(), schema);
    }
  }
}
