package io.shapeforge.runtime.store;

/**
 * A set of tables: the storage SPI an emulator runs on. {@link InMemoryStore} is the default; a
 * SQL store can implement the same two interfaces from the same {@link TableSchema}s.
 */
public interface Store {

  /**
   * Opens the table of this schema, creating it when it does not exist.
   *
   * @throws IllegalArgumentException when a table of that name exists with another schema
   */
  <R> Table<R> table(TableSchema<R> schema);
}
