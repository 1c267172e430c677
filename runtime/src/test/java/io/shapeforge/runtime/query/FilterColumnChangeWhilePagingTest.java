package io.shapeforge.runtime.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapeforge.runtime.page.NextTokenCodec;
import io.shapeforge.runtime.page.Page;
import io.shapeforge.runtime.store.Key;
import io.shapeforge.runtime.store.Table;
import io.shapeforge.runtime.store.Task;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A record whose filter column changes between two values of one {@code IN} filter sits, for a
 * moment, in both index ranges (the store inserts the new entry before it removes the old one, so
 * the record is never absent). The k-way merge then meets it twice in a row with the same order
 * key; it must return it once. Pages through one scope many times while a writer flips statuses
 * PENDING and SUCCESS, and checks that no pass returns a record twice or out of order.
 */
class FilterColumnChangeWhilePagingTest {
  private static final int RECORDS = 200;
  private static final int PASSES = 400;
  private static final int MAX_FLIPS = 50_000_000;
  private static final List<String> BOTH = List.of("PENDING", "SUCCESS");

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aRecordMovingBetweenTwoInRangesComesBackOnce() throws Exception {
    Table<Task> table = TaskQueries.newTable();
    for (int i = 0; i < RECORDS; i++) {
      table.put(Task.of("e1", String.format("f%03d", i), BOTH.get(i % 2), Instant.ofEpochSecond(i / 4)));
    }
    QueryEngine<Task, String> engine =
        new QueryEngine<>(TaskQueries.ASCENDING, table, ScopeCheck.none(), NextTokenCodec.withRandomKey());
    List<RequestFilter> pendingOrSuccess = List.of(new RequestFilter("STATUS", BOTH));

    AtomicBoolean paging = new AtomicBoolean(true);
    AtomicLong flips = new AtomicLong();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<?> writer = pool.submit(() -> {
        Random random = new Random(11);
        for (int i = 0; i < MAX_FLIPS && paging.get(); i++) {
          Key key = Key.of("e1", String.format("f%03d", random.nextInt(RECORDS)));
          Task task = table.get(key).orElseThrow();
          table.put(task.withStatus(task.status().equals("PENDING") ? "SUCCESS" : "PENDING"));
          flips.incrementAndGet();
        }
      });
      Random sizes = new Random(5);
      for (int pass = 0; pass < PASSES; pass++) {
        List<Task> seen = new ArrayList<>();
        String token = null;
        do {
          Page<Task> page = engine.page("e1", pendingOrSuccess, 1 + sizes.nextInt(25), token);
          seen.addAll(page.items());
          token = page.nextToken();
        } while (token != null);
        Set<String> ids = new HashSet<>();
        for (Task task : seen) {
          assertTrue(ids.add(task.id()), "pass " + pass + " returned " + task.id() + " twice");
        }
        for (int i = 1; i < seen.size(); i++) {
          assertTrue(TaskQueries.ASCENDING.orderComparator().compare(seen.get(i - 1), seen.get(i)) < 0,
              "pass " + pass + " is not strictly ordered at " + seen.get(i));
        }
      }
      paging.set(false);
      writer.get(60, TimeUnit.SECONDS);
    } finally {
      paging.set(false);
      pool.shutdownNow();
    }
    assertTrue(flips.get() > 0, "the writer never changed a status");
    assertEquals(RECORDS, table.scan(TaskQueries.SCHEMA.primaryKey(),
        io.shapeforge.runtime.store.ScanRange.prefix(Key.of("e1"))).count());
  }
}
