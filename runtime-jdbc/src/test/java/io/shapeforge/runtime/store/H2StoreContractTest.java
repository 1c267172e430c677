package io.shapeforge.runtime.store;

import io.shapeforge.runtime.jdbc.JdbcStore;
import io.shapeforge.runtime.query.RequestFilter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.AfterAll;

/** The storage contract on an embedded H2 file: one store for the class, fresh tables per test. */
class H2StoreContractTest extends StoreContractTest {
  private static JdbcStore store;

  @Override
  protected synchronized Store store() {
    if (store == null) {
      try {
        Path directory = Files.createTempDirectory("shapeforge-h2-contract");
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

  /**
   * Each write commits to the file, and H2 serializes a scan with the writes it meets: the
   * concurrency workloads shrink to keep the build quick.
   */
  @Override
  protected int scale() {
    return 20;
  }

  /** The same property with fewer tries: each try creates a table and writes up to 500 rows. */
  @Override
  @Property(tries = 40)
  void pagingToTheEndYieldsTheReferenceSequence(
      @ForAll("tasks") List<Task> data,
      @ForAll("filterSets") List<RequestFilter> filters,
      @ForAll @IntRange(min = 10, max = 100) int pageSize,
      @ForAll boolean newestFirst) {
    super.pagingToTheEndYieldsTheReferenceSequence(data, filters, pageSize, newestFirst);
  }
}
