package io.shapeforge.runtime.jdbc;

import io.shapeforge.runtime.store.ValueType;

/**
 * What differs between the SQL databases a {@link JdbcStore} runs on: column types, the
 * insert-if-absent statement, and how to keep two nodes from creating one table at once.
 */
public enum SqlDialect {
  /** Embedded H2 2.x: strings compare as Java strings do; timestamps keep nanoseconds. */
  H2 {
    @Override
    String stringType() {
      return "VARCHAR";
    }

    @Override
    String instantType() {
      return "TIMESTAMP(9) WITH TIME ZONE";
    }

    @Override
    String bytesType() {
      return "VARBINARY";
    }

    @Override
    String textType() {
      return "VARCHAR";
    }

    @Override
    int instantNanosStep() {
      return 1;
    }

    @Override
    String insertIfAbsent(String insert, String primaryKeyColumns) {
      // H2 reports the duplicate key, which the store turns into "not inserted".
      return insert;
    }

    @Override
    String from(String table, String index) {
      // With two indexes that serve one range equally (an ascending and a descending query's),
      // H2 may pick the one whose order does not match and sort every row of the range; the
      // hint keeps the page at O(log n + page).
      return index == null ? table : table + " USE INDEX (" + index + ")";
    }

    @Override
    String lockSchema() {
      // One process owns an H2 file; its tables are created under the store's own lock.
      return null;
    }
  },

  /** PostgreSQL 12 or later: strings compare in the "C" collation (code point order). */
  POSTGRESQL {
    @Override
    String stringType() {
      return "TEXT COLLATE \"C\"";
    }

    @Override
    String instantType() {
      return "TIMESTAMPTZ";
    }

    @Override
    String bytesType() {
      return "BYTEA";
    }

    @Override
    String textType() {
      return "TEXT";
    }

    @Override
    int instantNanosStep() {
      return 1_000;
    }

    @Override
    String insertIfAbsent(String insert, String primaryKeyColumns) {
      // Unlike a failed INSERT, this does not abort the surrounding transaction.
      return insert + " ON CONFLICT (" + primaryKeyColumns + ") DO NOTHING";
    }

    @Override
    String from(String table, String index) {
      // The planner picks the index whose order matches the ORDER BY (scanning backward if need
      // be).
      return table;
    }

    @Override
    String lockSchema() {
      // Nodes starting together create tables one at a time; the lock ends with the transaction.
      return "SELECT pg_advisory_xact_lock(7262011)";
    }
  };

  /** The column type of a key or index column: only strings and timestamps differ by dialect. */
  String type(ValueType type) {
    return switch (type) {
      case STRING -> stringType();
      case INSTANT -> instantType();
      case INTEGER -> "INTEGER";
      case LONG -> "BIGINT";
      case BOOLEAN -> "BOOLEAN";
    };
  }

  /** The type of a string column. */
  abstract String stringType();

  /** The type of a timestamp column. */
  abstract String instantType();

  /** The SQL type of the record bytes. */
  abstract String bytesType();

  /** The SQL type of catalog text. */
  abstract String textType();

  /**
   * The precision of a stored timestamp, in nanoseconds: a key instant must be a multiple of it.
   */
  abstract int instantNanosStep();

  /** The insert-if-absent form of a plain {@code INSERT}. */
  abstract String insertIfAbsent(String insert, String primaryKeyColumns);

  /**
   * The FROM item of a keyset read of {@code table} through {@code index} (a quoted name, or {@code
   * null}).
   */
  abstract String from(String table, String index);

  /** A statement that serializes schema changes across nodes, or {@code null}. */
  abstract String lockSchema();
}
