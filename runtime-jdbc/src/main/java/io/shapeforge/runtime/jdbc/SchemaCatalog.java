package io.shapeforge.runtime.jdbc;

import static io.shapeforge.runtime.jdbc.SqlNames.quote;

import io.shapeforge.runtime.store.Column;
import io.shapeforge.runtime.store.IndexDefinition;
import io.shapeforge.runtime.store.KeyPart;
import io.shapeforge.runtime.store.TableSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.StringJoiner;

/**
 * The store's own table, {@code shapeforge_catalog}: the store's schema version and, per table, the
 * definition it was created with. A store refuses a version it does not know, and a table whose
 * stored definition differs from the schema it is opened with, instead of misreading either.
 */
final class SchemaCatalog {
  /** The version of the table layout this code writes and reads. */
  static final int VERSION = 1;

  static final String TABLE = "shapeforge_catalog";
  private static final String VERSION_ENTRY = "store.version";

  private final StoreLocation location;
  private final SqlDialect dialect;

  SchemaCatalog(StoreLocation location) {
    this.location = location;
    this.dialect = location.dialect();
  }

  /** Creates the catalog when absent and checks the version. Runs in a transaction. */
  void open(Connection connection) throws SQLException {
    lock(connection);
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE IF NOT EXISTS "
              + quote(TABLE)
              + " ("
              + quote("entry")
              + " VARCHAR(512) PRIMARY KEY, "
              + quote("value")
              + " "
              + dialect.textType()
              + " NOT NULL)");
    }
    String version = read(connection, VERSION_ENTRY);
    if (version == null) {
      write(connection, VERSION_ENTRY, Integer.toString(VERSION));
    } else if (!version.equals(Integer.toString(VERSION))) {
      throw new UnsupportedStoreVersionException(location, version, VERSION);
    }
  }

  /**
   * Creates the table and its indexes when absent, or checks that the stored one has this
   * definition. Runs in a transaction.
   *
   * @throws IllegalArgumentException when the table exists with another definition
   */
  <R> void openTable(Connection connection, TableSchema<R> schema) throws SQLException {
    lock(connection);
    String entry = "table." + schema.name();
    String definition = definition(schema);
    String stored = read(connection, entry);
    if (stored != null) {
      if (!stored.equals(definition)) {
        throw new IllegalArgumentException(
            "table "
                + schema.name()
                + " is stored in "
                + location.display()
                + " as "
                + stored
                + ", not "
                + definition);
      }
      return;
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute(createTable(schema));
      for (IndexDefinition<R> index : schema.secondaryIndexes()) {
        statement.execute(createIndex(schema, index));
      }
    }
    write(connection, entry, definition);
  }

  private <R> String createTable(TableSchema<R> schema) {
    StringJoiner columns = new StringJoiner(", ");
    List<Column<R, ?>> keyColumns = schema.keyColumns();
    for (Column<R, ?> column : keyColumns) {
      if (column.name().equals(SqlNames.RECORD)) {
        throw new IllegalArgumentException(
            "table " + schema.name() + ": the column name " + SqlNames.RECORD + " is reserved");
      }
      boolean inPrimaryKey =
          schema.primaryKey().parts().stream()
              .anyMatch(part -> part.column().name().equals(column.name()));
      columns.add(
          quote(column.name())
              + " "
              + dialect.type(column.type())
              + (inPrimaryKey ? " NOT NULL" : ""));
    }
    columns.add(quote(SqlNames.RECORD) + " " + dialect.bytesType() + " NOT NULL");
    StringJoiner primaryKey = new StringJoiner(", ", "PRIMARY KEY (", ")");
    for (KeyPart<R> part : schema.primaryKey().parts()) {
      primaryKey.add(quote(part.column().name()));
    }
    columns.add(primaryKey.toString());
    return "CREATE TABLE " + quote(schema.name()) + " (" + columns + ")";
  }

  private <R> String createIndex(TableSchema<R> schema, IndexDefinition<R> index) {
    return "CREATE INDEX "
        + quote(SqlNames.indexName(schema.name(), index.name()))
        + " ON "
        + quote(schema.name())
        + " ("
        + SqlSelect.orderBy(SqlTable.storedIndexParts(schema, index), null)
        + ")";
  }

  /** The definition as text: columns with types, the primary key and every index, in order. */
  static <R> String definition(TableSchema<R> schema) {
    StringJoiner text = new StringJoiner("; ", "v" + VERSION + " ", "");
    StringJoiner columns = new StringJoiner(", ", "columns ", "");
    for (Column<R, ?> column : schema.keyColumns()) {
      columns.add(column.toString());
    }
    text.add(columns.toString());
    text.add("primary key " + schema.primaryKey().parts());
    for (IndexDefinition<R> index : schema.secondaryIndexes()) {
      text.add("index " + index);
    }
    return text.toString();
  }

  private void lock(Connection connection) throws SQLException {
    String lock = dialect.lockSchema();
    if (lock != null) {
      try (Statement statement = connection.createStatement()) {
        statement.execute(lock);
      }
    }
  }

  private static String read(Connection connection, String entry) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT "
                + quote("value")
                + " FROM "
                + quote(TABLE)
                + " WHERE "
                + quote("entry")
                + " = ?")) {
      statement.setString(1, entry);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }

  static void write(Connection connection, String entry, String value) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "INSERT INTO "
                + quote(TABLE)
                + " ("
                + quote("entry")
                + ", "
                + quote("value")
                + ") VALUES (?, ?)")) {
      statement.setString(1, entry);
      statement.setString(2, value);
      statement.executeUpdate();
    }
  }
}
