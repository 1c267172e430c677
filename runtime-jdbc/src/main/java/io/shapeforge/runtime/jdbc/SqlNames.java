package io.shapeforge.runtime.jdbc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SQL identifiers for tables, columns and indexes: always quoted, so names keep their case. */
final class SqlNames {
  /** The column that holds the record bytes. */
  static final String RECORD = "_record";

  private SqlNames() {}

  static String quote(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  /**
   * A short, stable index name: index names are per database schema in PostgreSQL and limited to 63
   * bytes, so the table and index names are hashed rather than joined.
   */
  static String indexName(String table, String index) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((table + "\u0000" + index).getBytes(StandardCharsets.UTF_8));
      StringBuilder name = new StringBuilder("sf_ix_");
      for (int i = 0; i < 8; i++) {
        name.append(String.format("%02x", digest[i]));
      }
      return name.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
