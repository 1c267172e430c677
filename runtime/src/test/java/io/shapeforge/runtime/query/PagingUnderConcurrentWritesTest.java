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
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Timeout;

/**
 * Pages through one scope while other threads insert, update and delete in it. Stable records
 * (present, with the same order key and status for the whole paging; their other members change)
 * must all come back, exactly once, and nothing may come back twice.
 */
class PagingUnderConcurrentWritesTest {
  private static final int STABLE = 1_500;
  private static final int CHURN = 1_500;
  private static final int WRITERS = 2;
  private static final int MAX_WRITES_PER_WRITER = 200_000;
  private static final List<String> STATUSES = List.of("PENDING", "SUCCESS", "FAILED");

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void noDuplicatesAndNoStableRecordMissed(boolean filtered) throws Exception {
    Table<Task> table = TaskQueries.newTable();
    Random setup = new Random(7);
    List<Task> stable = new ArrayList<>();
    for (int i = 0; i < STABLE; i++) {
      Task task = Task.of("e1", "s" + i, STATUSES.get(i % 3), Instant.ofEpochSecond(setup.nextInt(1_000)));
      stable.add(task);
      table.put(task);
    }
    for (int i = 0; i < CHURN; i++) {
      table.put(churnTask("c" + i, STATUSES.get(setup.nextInt(3))));
    }
    List<RequestFilter> filters = filtered ? List.of(new RequestFilter("STATUS", List.of("PENDING", "SUCCESS"))) : List.of();
    QueryEngine<Task, String> engine =
        new QueryEngine<>(TaskQueries.ASCENDING, table, ScopeCheck.none(), NextTokenCodec.withRandomKey());

    AtomicBoolean paging = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    List<Task> returned = new ArrayList<>();
    try {
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        long seed = w;
        writers.add(pool.submit(() -> churn(table, new Random(seed), paging)));
      }
      String token = null;
      do {
        Page<Task> page = engine.page("e1", filters, 10, token);
        returned.addAll(page.items());
        token = page.nextToken();
      } while (token != null);
      paging.set(false);
      for (Future<?> writer : writers) {
        writer.get(60, TimeUnit.SECONDS);
      }
    } finally {
      paging.set(false);
      pool.shutdownNow();
    }

    List<String> ids = returned.stream().map(Task::id).collect(Collectors.toList());
    assertEquals(ids.size(), new HashSet<>(ids).size(), "a record came back twice");
    for (int i = 1; i < returned.size(); i++) {
      assertTrue(TaskQueries.ASCENDING.orderComparator().compare(returned.get(i - 1), returned.get(i)) < 0,
          "results are strictly ordered");
    }
    Set<String> returnedIds = new HashSet<>(ids);
    for (Task task : stable) {
      boolean matches = !filtered || !task.status().equals("FAILED");
      assertEquals(matches, returnedIds.contains(task.id()), task.toString());
    }
    for (Task task : returned) {
      assertTrue(!filtered || !task.status().equals("FAILED"), "returned a record that did not match: " + task);
    }
  }

  @org.junit.jupiter.api.Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void recordsUpdatedInPlaceAreNeverMissed() throws Exception {
    Table<Task> table = TaskQueries.newTable();
    int records = 30;
    for (int i = 0; i < records; i++) {
      table.put(Task.of("e1", String.format("h%02d", i), STATUSES.get(i % 2), Instant.ofEpochSecond(i)));
    }
    List<RequestFilter> filters = List.of(new RequestFilter("STATUS", List.of("PENDING", "SUCCESS")));
    QueryEngine<Task, String> engine =
        new QueryEngine<>(TaskQueries.ASCENDING, table, ScopeCheck.none(), NextTokenCodec.withRandomKey());
    AtomicBoolean paging = new AtomicBoolean(true);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<?> writer = pool.submit(() -> {
        Random random = new Random(3);
        for (int i = 0; i < 50_000_000 && paging.get(); i++) {
          Key key = Key.of("e1", String.format("h%02d", random.nextInt(records)));
          table.put(table.get(key).orElseThrow().withDetails("update " + i));
        }
      });
      for (int pass = 0; pass < 1_500; pass++) {
        List<String> seen = new ArrayList<>();
        String token = null;
        do {
          Page<Task> page = engine.page("e1", pass % 2 == 0 ? filters : List.of(), 10, token);
          page.items().forEach(task -> seen.add(task.id()));
          token = page.nextToken();
        } while (token != null);
        assertEquals(records, seen.size(), "pass " + pass + " returned " + seen);
      }
      paging.set(false);
      writer.get(60, TimeUnit.SECONDS);
    } finally {
      paging.set(false);
      pool.shutdownNow();
    }
  }

  /**
   * A churn record keeps one start time for its id, so a deleted and reinserted record keeps its
   * order key: keyset paging promises nothing about a record whose order key changes.
   */
  private static Task churnTask(String id, String status) {
    return Task.of("e1", id, status, Instant.ofEpochSecond(Math.floorMod(id.hashCode(), 1_000)));
  }

  /** Updates stable records' details, and inserts, re-statuses, moves and deletes churn records. */
  private static void churn(Table<Task> table, Random random, AtomicBoolean paging) {
    for (int i = 0; i < MAX_WRITES_PER_WRITER && paging.get(); i++) {
      switch (random.nextInt(5)) {
        case 0 -> table.get(Key.of("e1", "s" + random.nextInt(STABLE)))
            .ifPresent(task -> table.put(task.withDetails("update " + random.nextInt())));
        case 1 -> table.delete(Key.of("e1", "c" + random.nextInt(CHURN * 2)));
        case 2 -> table.put(churnTask("c" + random.nextInt(CHURN * 2), STATUSES.get(random.nextInt(3))));
        case 3 -> table.get(Key.of("e1", "c" + random.nextInt(CHURN * 2)))
            .ifPresent(task -> table.put(task.withStatus(STATUSES.get(random.nextInt(3)))));
        default -> table.put(Task.of("e2", "x" + random.nextInt(CHURN), "PENDING", Instant.ofEpochSecond(random.nextInt(1_000))));
      }
    }
  }
}
