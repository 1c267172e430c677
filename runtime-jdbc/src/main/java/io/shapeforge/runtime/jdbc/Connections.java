package io.shapeforge.runtime.jdbc;

/**
 * Where a table's statements run: on a pooled connection of their own (each write then is its own
 * short transaction, retried when it loses a race) or on the connection of an open transaction.
 */
interface Connections {

  /** Runs a read; outside a transaction, on an auto-commit connection. */
  <T> T read(String what, SqlWork<T> work);

  /** Runs a write atomically; outside a transaction, as a transaction of its own. */
  <T> T write(String what, SqlWork<T> work);

  /** Whether statements run inside a caller's transaction (then reads lock what they test). */
  boolean inTransaction();
}
