package io.shapeforge.runtime.store;

import io.shapeforge.runtime.jdbc.EmbeddedPostgresServer;
import io.shapeforge.runtime.jdbc.JdbcStore;
import io.shapeforge.runtime.query.RequestFilter;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.AfterAll;

/**
 * The storage contract on a real PostgreSQL server: one database for the class, fresh tables per
 * test.
 */
class PostgresStoreContractTest extends StoreContractTest {
  private static JdbcStore store;

  @Override
  protected synchronized Store store() {
    if (store == null) {
      store = JdbcStore.open(EmbeddedPostgresServer.newDatabase("contract"));
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

  /** Each write is a network round trip and a commit: the concurrency workloads shrink. */
  @Override
  protected int scale() {
    return 10;
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
