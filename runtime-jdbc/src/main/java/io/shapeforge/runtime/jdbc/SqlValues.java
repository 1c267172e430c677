package io.shapeforge.runtime.jdbc;

import io.shapeforge.runtime.store.ValueType;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Binds key values and record bytes to statement parameters. */
final class SqlValues {
  private SqlValues() {}

  static void bindAll(PreparedStatement statement, List<Object> values) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      bind(statement, i + 1, values.get(i));
    }
  }

  /** Binds a value of a column of {@code type}, so a {@code null} carries the column's SQL type. */
  static void bind(PreparedStatement statement, int index, Object value, ValueType type)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, sqlType(type));
    } else {
      bind(statement, index, value);
    }
  }

  private static int sqlType(ValueType type) {
    switch (type) {
      case STRING:
        return Types.VARCHAR;
      case INSTANT:
        return Types.TIMESTAMP_WITH_TIMEZONE;
      case INTEGER:
        return Types.INTEGER;
      case LONG:
        return Types.BIGINT;
      case BOOLEAN:
        return Types.BOOLEAN;
      default:
        throw new IllegalStateException("unknown type " + type);
    }
  }

  static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.NULL);
    } else if (value instanceof String) {
      statement.setString(index, (String) value);
    } else if (value instanceof Instant) {
      statement.setObject(index, OffsetDateTime.ofInstant((Instant) value, ZoneOffset.UTC));
    } else if (value instanceof Integer) {
      statement.setInt(index, (Integer) value);
    } else if (value instanceof Long) {
      statement.setLong(index, (Long) value);
    } else if (value instanceof Boolean) {
      statement.setBoolean(index, (Boolean) value);
    } else if (value instanceof byte[]) {
      statement.setBytes(index, (byte[]) value);
    } else {
      throw new IllegalArgumentException("cannot bind a " + value.getClass().getName());
    }
  }
}
