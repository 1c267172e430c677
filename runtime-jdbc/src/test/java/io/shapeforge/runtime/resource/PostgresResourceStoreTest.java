package io.shapeforge.runtime.resource;

import io.shapeforge.runtime.jdbc.EmbeddedPostgresServer;
import io.shapeforge.runtime.jdbc.JdbcStore;
import io.shapeforge.runtime.store.Store;
import org.junit.jupiter.api.AfterAll;

/**
 * The resource lifecycle on a real PostgreSQL server, where racing creates with one client token
 * meet in the database's conditional insert. One database for the class, fresh tables per test.
 */
class PostgresResourceStoreTest extends ResourceStoreContractTest {
  private static JdbcStore store;

  @Override
  protected synchronized Store store() {
    if (store == null) {
      store = JdbcStore.open(EmbeddedPostgresServer.newDatabase("resources"));
    }
    return store;
  }

  @AfterAll
  static void close() {
    if (store != null) {
      store.close();
      store = null;
    }
  }
}
