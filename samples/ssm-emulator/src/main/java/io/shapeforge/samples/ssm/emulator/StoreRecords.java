package io.shapeforge.samples.ssm.emulator;

import io.shapeforge.runtime.store.ScanRange;
import io.shapeforge.runtime.store.Store;
import io.shapeforge.runtime.store.Table;
import io.shapeforge.runtime.store.TableSchema;
import io.shapeforge.runtime.store.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The records of a set of tables, taken from one store to be loaded into another: how the demo,
 * played on a store of its own, reaches the store the emulator serves from, whatever that store is
 * (memory, H2, PostgreSQL). Immutable; equal when every table holds equal records in the same
 * order, which is how a test sees that the demo is the same on every run.
 */
final class StoreRecords {
  private final List<TableRecords<?>> tables;

  private StoreRecords(List<TableRecords<?>> tables) {
    this.tables = List.copyOf(tables);
  }

  /** The records of {@code schemas}' tables in {@code store}, each in primary-key order. */
  static StoreRecords of(Store store, List<TableSchema<?>> schemas) {
    List<TableRecords<?>> tables = new ArrayList<>();
    for (TableSchema<?> schema : schemas) {
      tables.add(TableRecords.of(store, schema));
    }
    return new StoreRecords(tables);
  }

  /** A store's records built table by table, as a snapshot reads them back. */
  static Builder builder() {
    return new Builder();
  }

  /** The schemas of the tables taken, in order. */
  List<TableSchema<?>> schemas() {
    List<TableSchema<?>> schemas = new ArrayList<>();
    tables.forEach(table -> schemas.add(table.schema()));
    return schemas;
  }

  /** The records of the table of {@code schema}; empty when it was not taken. */
  @SuppressWarnings("unchecked")
  <R> List<R> of(TableSchema<R> schema) {
    for (TableRecords<?> table : tables) {
      if (table.schema().name().equals(schema.name())) {
        return (List<R>) table.records();
      }
    }
    return List.of();
  }

  /**
   * Writes every record into {@code target} in one transaction, unless one of these tables already
   * holds a record there: a persistent store keeps what it has, and of several nodes starting
   * together on one database, one loads the records.
   *
   * @return whether the records were written
   */
  boolean copyIntoEmpty(Store target) {
    return target.inTransaction(
        tx -> {
          for (TableRecords<?> table : tables) {
            if (tx.table(table.schema()).size() > 0) {
              return false;
            }
          }
          tables.forEach(table -> table.putInto(tx));
          return true;
        });
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StoreRecords that && that.tables.equals(tables);
  }

  @Override
  public int hashCode() {
    return tables.hashCode();
  }

  @Override
  public String toString() {
    return "StoreRecords" + tables;
  }

  /** Collects tables in order; each table's records as they were taken, in primary-key order. */
  static final class Builder {
    private final List<TableRecords<?>> tables = new ArrayList<>();

    private Builder() {}

    <R> Builder table(TableSchema<R> schema, List<R> records) {
      tables.add(new TableRecords<>(schema, List.copyOf(records)));
      return this;
    }

    StoreRecords build() {
      return new StoreRecords(tables);
    }
  }

  /** One table's records, in primary-key order. */
  private record TableRecords<R>(TableSchema<R> schema, List<R> records) {
    static <R> TableRecords<R> of(Store store, TableSchema<R> schema) {
      Table<R> table = store.table(schema);
      try (Stream<R> all = table.scan(schema.primaryKey(), ScanRange.all())) {
        return new TableRecords<>(schema, all.toList());
      }
    }

    void putInto(Transaction tx) {
      Table<R> table = tx.table(schema);
      records.forEach(table::put);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof TableRecords<?> that
          && that.schema.name().equals(schema.name())
          && that.records.equals(records);
    }

    @Override
    public int hashCode() {
      return schema.name().hashCode() * 31 + records.hashCode();
    }
  }
}
