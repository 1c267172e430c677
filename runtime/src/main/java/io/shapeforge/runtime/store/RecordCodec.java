package io.shapeforge.runtime.store;

/**
 * Turns a record into bytes and back, so that a store which keeps records outside the Java heap (a
 * SQL table, a file) can rebuild them. A schema carries one ({@link TableSchema.Builder#codec});
 * the in-memory store keeps the records themselves and never calls it.
 *
 * <p>A codec must round-trip: {@code decode(encode(r))} equals {@code r} for every record the table
 * holds, in particular in every key column, or a persistent store would order and page by values it
 * cannot reproduce.
 *
 * <pre>{@code
 * TableSchema.builder("tasks", ID.ascending()).codec(RecordCodec.json(Task.class)).build();
 * }</pre>
 *
 * @param <R> the record type
 */
public interface RecordCodec<R> {

  /** The record as bytes. */
  byte[] encode(R record);

  /**
   * The record these bytes hold.
   *
   * @throws IllegalStateException when the bytes are not a record of this codec
   */
  R decode(byte[] bytes);

  /**
   * A codec that writes a record as the JSON its Jackson mapping gives, with a plain mapper. It
   * suits the generated model classes, which Jackson maps to their wire names (timestamps as epoch
   * seconds with a millisecond fraction, so a timestamp keeps millisecond precision).
   */
  static <R> RecordCodec<R> json(Class<R> recordType) {
    return new JsonRecordCodec<>(recordType);
  }
}
