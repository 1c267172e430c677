package io.shapeforge.samples.ssm.execution;

import static io.shapeforge.samples.ssm.execution.WindowFixtures.MONDAY;
import static io.shapeforge.samples.ssm.execution.WindowFixtures.put;
import static io.shapeforge.samples.ssm.execution.WindowFixtures.target;
import static io.shapeforge.samples.ssm.execution.WindowFixtures.task;
import static io.shapeforge.samples.ssm.execution.WindowFixtures.window;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.shapeforge.runtime.jdbc.EmbeddedPostgresServer;
import io.shapeforge.runtime.store.ScanRange;
import io.shapeforge.runtime.store.Store;
import io.shapeforge.runtime.store.Table;
import io.shapeforge.samples.ssm.emulator.SsmEmulator;
import io.shapeforge.samples.ssm.imported.model.AmazonSsmTables;
import io.shapeforge.samples.ssm.schedule.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two emulators on one PostgreSQL database, each with its own manual clock, moved forward in the
 * same steps at the same moments: every due run becomes exactly one execution across the two, and
 * every invocation is written once.
 */
class TwoNodesSchedulerTest {
  private static final int WINDOWS = 4;
  private static final int HOURS = 12;

  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void eachDueRunHappensOnceAcrossTwoNodes() throws Exception {
    String database = EmbeddedPostgresServer.newDatabase("scheduler");
    ManualClock firstClock = ManualClock.startingAt(MONDAY);
    ManualClock secondClock = ManualClock.startingAt(MONDAY);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try (SsmEmulator first = SsmEmulator.builder().store(database).clock(firstClock).build();
        SsmEmulator second = SsmEmulator.builder().store(database).clock(secondClock).build()) {
      Store store = first.store();
      for (int w = 0; w < WINDOWS; w++) {
        String windowId = String.format("mw-%017x", w);
        put(store, window(windowId, "rate(1 hour)").build());
        put(store, target(windowId, "t", "i-1", "i-2"));
        put(store, task(windowId, "a", 1, "t").build());
        put(store, task(windowId, "b", 2, "t").build());
      }
      CyclicBarrier together = new CyclicBarrier(2);
      List<Future<?>> nodes = new ArrayList<>();
      for (SsmEmulator node : List.of(first, second)) {
        nodes.add(
            threads.submit(
                () -> {
                  for (int hour = 0; hour < HOURS; hour++) {
                    together.await();
                    node.advanceClock(Duration.ofHours(1));
                  }
                  // Past the last run's end: it started at 12:00 and takes two minutes.
                  together.await();
                  node.advanceClock(Duration.ofMinutes(10));
                  return null;
                }));
      }
      for (Future<?> node : nodes) {
        node.get(240, TimeUnit.SECONDS);
      }

      List<WindowRun> runs = all(store.table(ExecutionTables.RUNS));
      // rate(1 hour) from the creation at MONDAY: runs at 01:00 ... 12:00, each window.
      assertEquals(WINDOWS * HOURS, runs.size());
      Set<String> runKeys = new HashSet<>();
      Set<String> executionIds = new HashSet<>();
      for (WindowRun run : runs) {
        runKeys.add(run.windowId() + "@" + run.scheduledStart());
        executionIds.add(run.windowExecutionId());
        assertEquals(RunStatus.SUCCESS, run.status(), run::toString);
        assertEquals(2, run.tasks().size());
        for (TaskRun task : run.tasks()) {
          assertEquals(2, task.invocations().size());
        }
      }
      assertEquals(WINDOWS * HOURS, runKeys.size());
      assertEquals(WINDOWS * HOURS, executionIds.size());
      assertEquals(
          WINDOWS * HOURS, store.table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION).size());
      assertEquals(
          WINDOWS * HOURS * 2,
          store.table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION_TASK_IDENTITY).size());
      assertEquals(WINDOWS * HOURS * 2 * 2, store.table(ExecutionTables.INVOCATIONS).size());
      Instant last = MONDAY.plus(Duration.ofHours(HOURS));
      assertEquals(
          last, runs.stream().map(WindowRun::scheduledStart).max(Instant::compareTo).orElseThrow());
    } finally {
      threads.shutdownNow();
    }
  }

  private static <R> List<R> all(Table<R> table) {
    try (Stream<R> records = table.scan(table.schema().primaryKey(), ScanRange.all())) {
      return records.toList();
    }
  }
}
