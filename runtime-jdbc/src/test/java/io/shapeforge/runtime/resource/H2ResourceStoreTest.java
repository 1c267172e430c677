package io.shapeforge.runtime.resource;

import io.shapeforge.runtime.jdbc.JdbcStore;
import io.shapeforge.runtime.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;

/**
 * The resource lifecycle on an embedded H2 file: client tokens, compare-and-set updates and
 * cascading deletes through SQL transactions. One store for the class, fresh tables per test.
 */
class H2ResourceStoreTest extends ResourceStoreContractTest {
  private static JdbcStore store;

  @Override
  protected synchronized Store store() {
    if (store == null) {
      try {
        Path directory = Files.createTempDirectory("shapeforge-h2-resources");
        store = JdbcStore.open("h2:" + directory.resolve("store"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
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

  /** Each write commits to the file: fewer writers keep the build quick. */
  @Override
  protected int writers() {
    return 4;
  }
}
