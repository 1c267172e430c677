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
    String type(ValueType type) {
      switch (type) {
        case STRING:
          return "VARCHAR";
        case INSTANT:
          return "TIMESTAMP(9) WITH TIME ZONE";
        case INTEGER:
          return "INTEGER";
        case LONG:
          return "BIGINT";
        case BOOLEAN:
          return "BOOLEAN";
        default:
          throw new IllegalStateException("unknown type " + type);
      }
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
    String lockSchema() {
      // One process owns an H2 file; its tables are created under the store's own lock.
      return null;
    }
  },

  /** PostgreSQL 12 or later: strings compare in the "C" collation (code point order). */
  POSTGRESQL {
    @Override
    String type(ValueType type) {
      switch (type) {
        case STRING:
          return "TEXT COLLATE \"C\"";
        case INSTANT:
          return "TIMESTAMPTZ";
        case INTEGER:
          return "INTEGER";
        case LONG:
          return "BIGINT";
        case BOOLEAN:
          return "BOOLEAN";
        default:
          throw new IllegalStateException("unknown type " + type);
      }
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
    String lockSchema() {
      // Nodes starting together create tables one at a time; the lock ends with the transaction.
      return "SELECT pg_advisory_xact_lock(7262011)";
    }
  };

  /** The SQL type of a key column. */
  abstract String type(ValueType type);

  /** The SQL type of the record bytes. */
  abstract String bytesType();

  /** The SQL type of catalog text. */
  abstract String textType();

  /** The precision of a stored timestamp, in nanoseconds: a key instant must be a multiple of it. */
  abstract int instantNanosStep();

  /** The insert-if-absent form of a plain {@code INSERT}. */
  abstract String insertIfAbsent(String insert, String primaryKeyColumns);

  /** A statement that serializes schema changes across nodes, or {@code null}. */
  abstract String lockSchema();
}
