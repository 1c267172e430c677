package io.shapeforge.runtime.store;

import java.util.function.Function;

/**
 * A set of tables: the storage SPI an emulator runs on. {@link InMemoryStore} is the default;
 * {@code shapeforge-runtime-jdbc} implements it on embedded H2 and PostgreSQL from the same {@link
 * TableSchema}s, so generated code runs on any of them unchanged.
 *
 * <h2>Consistency contract (every implementation)</h2>
 *
 * <ul>
 *   <li><b>Single writes are atomic and durable once they return</b> (for a persistent store): a
 *       reader sees a record's old or new version, never a mix, and after a crash every write that
 *       returned is present.
 *   <li><b>Conditional writes</b> ({@link Table#insertIfAbsent}, {@link Table#replaceIf}, {@link
 *       Table#deleteIf}) test and write one record with no other write to it in between, across
 *       every thread and every node sharing the store: of two concurrent inserts of one key,
 *       exactly one succeeds.
 *   <li><b>Transactions</b> ({@link #inTransaction}) are atomic (all of their writes or none) and
 *       serialize against every other transaction and conditional write that touches a record they
 *       read or wrote: a record read through a transaction's table stays as read until it ends, so
 *       a check-then-write across two tables holds. Readers outside a transaction are not promised
 *       isolation from it: a SQL store shows them committed data only; the in-memory store may show
 *       a transaction's writes before it ends (and undoes them if it fails).
 *   <li><b>Scans and pages</b> are weakly consistent, as in the in-memory store: a page or scan
 *       returns exactly once every record whose key in the index read stays the same for the whole
 *       read (as its old or its new version); records inserted, deleted or moved within that index
 *       meanwhile may be missed or, when moved, seen at both positions. Successive pages start
 *       strictly after the last order key returned, so keyset paging never repeats a key and never
 *       loops.
 * </ul>
 *
 * <p>A store is closed when its owner is done with it; closing the in-memory store does nothing.
 */
public interface Store extends AutoCloseable {

  /**
   * Opens the table of this schema, creating it when it does not exist.
   *
   * @throws IllegalArgumentException when a table of that name exists with another schema
   */
  <R> Table<R> table(TableSchema<R> schema);

  /**
   * Runs {@code work} as one transaction and returns its result. When {@code work} throws, nothing
   * it wrote stays and the exception propagates. A store may run {@code work} more than once when
   * it loses a race with another node (a serialization failure), so it should only read and write
   * through the transaction.
   */
  <T> T inTransaction(Function<? super Transaction, ? extends T> work);

  /** Releases what the store holds (connections, files); the default does nothing. */
  @Override
  default void close() {}
}
