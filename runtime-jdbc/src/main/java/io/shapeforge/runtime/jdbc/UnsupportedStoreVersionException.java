package io.shapeforge.runtime.jdbc;

/**
 * The database holds a Shapeforge store whose schema version this build does not understand
 * (written by a newer or unknown Shapeforge). The store refuses to open rather than misread it.
 */
public final class UnsupportedStoreVersionException extends JdbcStoreException {
  private static final long serialVersionUID = 1L;

  UnsupportedStoreVersionException(StoreLocation location, String found, int understood) {
    super(
        "store "
            + location.display()
            + " has schema version "
            + found
            + ", but this Shapeforge understands"
            + " version "
            + understood
            + " only; open it with the Shapeforge that wrote it, or use a new database");
  }
}
