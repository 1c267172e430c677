package io.shapeforge.runtime.store;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * A table of immutable records, with a primary key and secondary indexes kept in step with it.
 * Implementations are thread-safe; each documents what a reader sees during concurrent writes.
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

  /** Deletes the record with this primary key; returns it. */
  Optional<R> delete(Key primaryKey);

  /** The number of records. */
  long size();

  /**
   * The records in {@code range} of {@code index}, in index order, lazily. Records with equal
   * index keys come in primary key order. Close the stream when done (a SQL store holds a cursor),
   * for example with try-with-resources.
   *
   * @param index one of this table's indexes (the primary key included)
   * @throws IllegalArgumentException for an index this table does not declare, or a range whose keys
   *     are too long or hold values of the wrong type
   */
  Stream<R> scan(IndexDefinition<R> index, ScanRange range);
}
