package io.shapeforge.runtime.jdbc;

/**
 * A database failure a {@link JdbcStore} cannot handle: the message says what the store was doing,
 * and the cause is the driver's exception.
 */
public class JdbcStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public JdbcStoreException(String message, Throwable cause) {
    super(message, cause);
  }

  JdbcStoreException(String message) {
    super(message);
  }
}
