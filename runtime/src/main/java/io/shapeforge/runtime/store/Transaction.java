package io.shapeforge.runtime.store;

/**
 * The writes of one {@link Store#inTransaction} call. Tables opened here write as part of the
 * transaction and are valid only until it ends.
 */
public interface Transaction {

  /** The table of this schema, in this transaction. */
  <R> Table<R> table(TableSchema<R> schema);
}
