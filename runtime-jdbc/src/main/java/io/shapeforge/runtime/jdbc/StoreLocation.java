package io.shapeforge.runtime.jdbc;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a {@link JdbcStore} lives, parsed from the text a user gives ({@code --store}):
 *
 * <ul>
 *   <li>{@code h2:FILE}: an embedded H2 database in {@code FILE.mv.db}, created when absent;
 *   <li>{@code jdbc:postgresql://HOST:PORT/DB?user=...}: a PostgreSQL server, as its JDBC driver
 *       reads the URL;
 *   <li>{@code jdbc:h2:...}: any H2 URL, for tests and experts.
 * </ul>
 *
 * @param dialect the SQL dialect
 * @param jdbcUrl the URL handed to the driver
 * @param display the location as the user wrote it, without a password, for messages
 */
public record StoreLocation(SqlDialect dialect, String jdbcUrl, String display) {

  /**
   * H2 settings: commits reach the file before they return (a killed JVM loses nothing
   * acknowledged), and a writer waits for a row lock instead of failing at once.
   */
  private static final String H2_SETTINGS =
      ";WRITE_DELAY=0;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE";

  public StoreLocation {
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(display, "display");
  }

  /**
   * Parses a location.
   *
   * @throws IllegalArgumentException with a message that says what is accepted
   */
  public static StoreLocation parse(String location) {
    Objects.requireNonNull(location, "location");
    if (location.startsWith("h2:")) {
      String file = location.substring("h2:".length());
      if (file.isBlank()) {
        throw new IllegalArgumentException(
            "store '" + location + "' names no file: use h2:FILE, such as h2:./ssm-data");
      }
      Path path = Path.of(file).toAbsolutePath().normalize();
      String name = path.toString();
      if (name.endsWith(".mv.db")) {
        name = name.substring(0, name.length() - ".mv.db".length());
      }
      return new StoreLocation(SqlDialect.H2, "jdbc:h2:file:" + name + H2_SETTINGS, location);
    }
    if (location.startsWith("jdbc:postgresql:")) {
      if (!location.startsWith("jdbc:postgresql://")
          || location.length() <= "jdbc:postgresql://".length()) {
        throw new IllegalArgumentException(
            "store '"
                + redact(location)
                + "' is not a PostgreSQL URL: use jdbc:postgresql://HOST:PORT/DB?user=...");
      }
      return new StoreLocation(SqlDialect.POSTGRESQL, location, redact(location));
    }
    if (location.startsWith("jdbc:h2:")) {
      return new StoreLocation(SqlDialect.H2, location, redact(location));
    }
    throw new IllegalArgumentException(
        "unknown store '"
            + redact(location)
            + "': use memory, h2:FILE or jdbc:postgresql://HOST:PORT/DB?user=...");
  }

  /** The location without the value of a {@code password} parameter. */
  static String redact(String location) {
    return location.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  @Override
  public String toString() {
    return display;
  }
}
