package io.shapeforge.runtime.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A table of immutable records, with a primary key and secondary indexes kept in step with it.
 * Every implementation is thread-safe and keeps the consistency contract of {@link Store}.
 *
 * <p>The conditional writes ({@link #insertIfAbsent}, {@link #replaceIf}, {@link #deleteIf}) read
 * and write one record atomically: no other write to that record comes between the test and the
 * write, on any node sharing the store. A table obtained from a {@link Transaction} makes every
 * write part of that transaction.
 *
 * @param <R> the record type
 */
public interface Table<R> {

  /** The schema this table was opened with. */
  TableSchema<R> schema();

  /** The record with this primary key (all of its values), if any. */
  Optional<R> get(Key primaryKey);

  /** Inserts a record or replaces the one with its primary key; returns the replaced record. */
  Optional<R> put(R record);

  /**
   * Inserts a record unless one with its primary key exists.
   *
   * @return whether it was inserted; {@code false} leaves the stored record as it was
   */
  boolean insertIfAbsent(R record);

  /**
   * Replaces the record with {@code record}'s primary key by {@code record}, only when one exists
   * and {@code expected} accepts it: a compare-and-set, for example on a version or status member.
   *
   * @return whether it was replaced
   */
  boolean replaceIf(R record, Predicate<? super R> expected);

  /**
   * Deletes the record with this primary key only when {@code expected} accepts it.
   *
   * @return whether it was deleted
   */
  boolean deleteIf(Key primaryKey, Predicate<? super R> expected);

  /** Deletes the record with this primary key; returns it. */
  Optional<R> delete(Key primaryKey);

  /** The number of records. */
  long size();

  /**
   * One page of an index, as {@link PageRequest} describes it: at most {@code limit} records in the
   * request's order. An engine answers it in O(log n) per fanned-out value plus the records it
   * reads; every index-served condition is answered from the index.
   *
   * @throws IllegalArgumentException for an index this table does not declare
   */
  List<R> page(PageRequest<R> request);

  /**
   * The records in {@code range} of {@code index}, in index order, lazily. Records with equal index
   * keys come in primary key order. Close the stream when done (a SQL store may hold a connection),
   * for example with try-with-resources.
   *
   * @param index one of this table's indexes (the primary key included)
   * @throws IllegalArgumentException for an index this table does not declare, or a range whose
   *     keys are too long or hold values of the wrong type
   */
  Stream<R> scan(IndexDefinition<R> index, ScanRange range);
}
