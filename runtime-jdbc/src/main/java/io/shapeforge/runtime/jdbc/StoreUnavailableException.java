package io.shapeforge.runtime.jdbc;

/**
 * The database of a {@link JdbcStore} cannot be reached or opened when the store opens: a server
 * that does not answer, a refused login, an H2 file another process holds. The message names the
 * location (without its password) and the reason.
 */
public final class StoreUnavailableException extends JdbcStoreException {
  private static final long serialVersionUID = 1L;

  StoreUnavailableException(StoreLocation location, Throwable cause) {
    super("cannot open store " + location.display() + ": " + rootMessage(cause), cause);
  }

  private static String rootMessage(Throwable cause) {
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    // Drivers append multi-line details; the first line says it.
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
