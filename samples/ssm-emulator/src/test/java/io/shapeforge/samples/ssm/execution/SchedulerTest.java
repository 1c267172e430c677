package io.shapeforge.samples.ssm.execution;

import static io.shapeforge.samples.ssm.execution.WindowFixtures.MONDAY;
import static io.shapeforge.samples.ssm.execution.WindowFixtures.WEEKLY;
import static io.shapeforge.samples.ssm.execution.WindowFixtures.put;
import static io.shapeforge.samples.ssm.execution.WindowFixtures.target;
import static io.shapeforge.samples.ssm.execution.WindowFixtures.task;
import static io.shapeforge.samples.ssm.execution.WindowFixtures.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapeforge.runtime.store.InMemoryStore;
import io.shapeforge.runtime.store.Key;
import io.shapeforge.runtime.store.ScanRange;
import io.shapeforge.runtime.store.Table;
import io.shapeforge.samples.ssm.imported.model.AmazonSsmTables;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionTaskIdentity;
import io.shapeforge.samples.ssm.schedule.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The scheduler on a manual clock and the in-memory store: what runs when, in which order, with
 * which statuses. Windows, targets and tasks are put straight into their tables.
 */
class SchedulerTest {
  private static final String WINDOW = "mw-0123456789abcdef0";
  private static final Instant FIRST_RUN = MONDAY.plus(Duration.ofHours(2));

  private final InMemoryStore store = new InMemoryStore();
  private final ManualClock clock = ManualClock.startingAt(MONDAY);
  private final AtomicInteger idCount = new AtomicInteger();
  private final Scheduler scheduler =
      new Scheduler(
          store,
          clock,
          () -> String.format("00000000-0000-4000-8000-%012d", idCount.incrementAndGet()));

  private void advance(Duration amount) {
    scheduler.processUpTo(clock.advance(amount));
  }

  private List<WindowRun> runs() {
    Table<WindowRun> runs = store.table(ExecutionTables.RUNS);
    try (Stream<WindowRun> all = runs.scan(runs.schema().primaryKey(), ScanRange.all())) {
      return all.toList();
    }
  }

  private WindowRun onlyRun() {
    List<WindowRun> runs = runs();
    assertEquals(1, runs.size(), () -> "runs: " + runs);
    return runs.get(0);
  }

  private void putWindowWithTwoPriorities() {
    put(store, window(WINDOW, WEEKLY).build());
    put(store, target(WINDOW, "t1", "i-0000000000000000a", "i-0000000000000000b"));
    put(store, task(WINDOW, "task-later", 2, "t1").taskArn("AWS-RunPatchBaseline").build());
    put(store, task(WINDOW, "task-first", 1, "t1").build());
  }

  @Test
  void nothingRunsBeforeTheScheduledStart() {
    putWindowWithTwoPriorities();
    advance(Duration.ofHours(2).minusMillis(1));
    assertEquals(List.of(), runs());
  }

  @Test
  void aDueWindowRunsItsTasksInPriorityOrderWithOneInvocationPerTarget() {
    putWindowWithTwoPriorities();
    advance(Duration.ofHours(3));

    WindowRun run = onlyRun();
    assertEquals(RunStatus.SUCCESS, run.status());
    assertEquals(FIRST_RUN, run.startTime());
    // Priority 1 runs from the start for the default 60 s; priority 2 starts when it ends.
    assertEquals(FIRST_RUN.plusSeconds(120), run.endTime());
    TaskRun first = run.tasks().get(0);
    TaskRun later = run.tasks().get(1);
    assertEquals("task-first", first.task().windowTaskId());
    assertEquals(FIRST_RUN, first.startTime());
    assertEquals(FIRST_RUN.plusSeconds(60), first.endTime());
    assertEquals(FIRST_RUN.plusSeconds(60), later.startTime());
    assertEquals(FIRST_RUN.plusSeconds(120), later.endTime());
    for (TaskRun task : run.tasks()) {
      assertEquals(RunStatus.SUCCESS, task.status());
      assertEquals(
          List.of("i-0000000000000000a", "i-0000000000000000b"),
          task.invocations().stream().map(i -> i.target().instanceId()).toList());
      assertTrue(
          task.invocations().stream().allMatch(i -> "t1".equals(i.target().windowTargetId())));
    }
  }

  @Test
  void equalPrioritiesRunTogether() {
    put(store, window(WINDOW, WEEKLY).build());
    put(store, target(WINDOW, "t1", "i-0000000000000000a"));
    put(store, task(WINDOW, "a", 5, "t1").build());
    put(store, task(WINDOW, "b", 5, "t1").build());
    advance(Duration.ofHours(3));
    WindowRun run = onlyRun();
    assertEquals(FIRST_RUN, run.tasks().get(0).startTime());
    assertEquals(FIRST_RUN, run.tasks().get(1).startTime());
    assertEquals(FIRST_RUN.plusSeconds(60), run.endTime());
  }

  @Test
  void maxConcurrencyLimitsInvocationsRunningAtOnce() {
    put(store, window(WINDOW, WEEKLY).build());
    put(store, target(WINDOW, "t1", "i-1", "i-2", "i-3"));
    put(store, task(WINDOW, "a", 1, "t1").maxConcurrency("1").build());
    advance(Duration.ofHours(3));
    TaskRun task = onlyRun().tasks().get(0);
    assertEquals(
        List.of(FIRST_RUN, FIRST_RUN.plusSeconds(60), FIRST_RUN.plusSeconds(120)),
        task.invocations().stream().map(InvocationRun::startTime).toList());
  }

  @Test
  void aPercentageConcurrencyIsOfTheTargetsRoundedUp() {
    put(store, window(WINDOW, WEEKLY).build());
    put(store, target(WINDOW, "t1", "i-1", "i-2", "i-3"));
    // 50% of 3 targets is 1.5: two at once.
    put(store, task(WINDOW, "a", 1, "t1").maxConcurrency("50%").build());
    advance(Duration.ofHours(3));
    assertEquals(
        List.of(FIRST_RUN, FIRST_RUN, FIRST_RUN.plusSeconds(60)),
        onlyRun().tasks().get(0).invocations().stream().map(InvocationRun::startTime).toList());
  }

  @Test
  void aTaskStopsStartingInvocationsOnceItsErrorsExceedMaxErrors() {
    put(store, window(WINDOW, WEEKLY).build());
    put(store, target(WINDOW, "t1", "i-1", "i-2", "i-3"));
    put(store, task(WINDOW, "a", 1, "t1").maxConcurrency("1").maxErrors("0").build());
    put(store, task(WINDOW, "b", 2, "t1").taskArn("AWS-RunPatchBaseline").build());
    scheduler.setOutcomes(
        new OutcomeRules(
            List.of(
                OutcomeRule.always(RunStatus.FAILED, "exit status 1", 30)
                    .forTask("AWS-RunShellScript")
                    .forInstance("i-1"))));
    advance(Duration.ofHours(3));

    WindowRun run = onlyRun();
    TaskRun failed = run.tasks().get(0);
    assertEquals(1, failed.invocations().size());
    InvocationRun invocation = failed.invocations().get(0);
    assertEquals(RunStatus.FAILED, invocation.status());
    assertEquals("exit status 1", invocation.statusDetails());
    assertEquals(FIRST_RUN.plusSeconds(30), invocation.endTime());
    assertEquals(RunStatus.FAILED, failed.status());
    // The next priority group still runs, and the execution fails.
    assertEquals(RunStatus.SUCCESS, run.tasks().get(1).status());
    assertEquals(RunStatus.FAILED, run.status());
  }

  @Test
  void aRunDueWhileTheLastIsRunningIsSkippedOverlapping() {
    put(store, window(WINDOW, "rate(1 hour)").build());
    put(store, target(WINDOW, "t1", "i-1"));
    put(store, task(WINDOW, "a", 1, "t1").build());
    // Runs from 01:00 for 90 minutes: still running at 02:00, done by 03:00, when the next starts.
    scheduler.setOutcomes(
        new OutcomeRules(List.of(OutcomeRule.always(RunStatus.SUCCESS, null, 90 * 60))));
    advance(Duration.ofHours(3));

    List<WindowRun> runs = runs();
    assertEquals(
        List.of(RunStatus.SUCCESS, RunStatus.SKIPPED_OVERLAPPING, RunStatus.IN_PROGRESS),
        runs.stream().map(WindowRun::status).toList());
    WindowRun skipped = runs.get(1);
    assertEquals(MONDAY.plus(Duration.ofHours(2)), skipped.startTime());
    assertEquals(List.of(), skipped.tasks());
    assertEquals(MONDAY.plus(Duration.ofHours(3)), runs.get(2).startTime());
  }

  @Test
  void noTaskStartsAfterTheCutoff() {
    // Duration 2 h, cutoff 1 h: no task starts after 03:00.
    put(store, window(WINDOW, WEEKLY).build());
    put(store, target(WINDOW, "t1", "i-1"));
    put(store, task(WINDOW, "long", 1, "t1").build());
    put(store, task(WINDOW, "never", 2, "t1").build());
    scheduler.setOutcomes(
        new OutcomeRules(List.of(OutcomeRule.always(RunStatus.SUCCESS, null, 90 * 60))));
    advance(Duration.ofHours(5));

    WindowRun run = onlyRun();
    assertEquals(RunStatus.SUCCESS, run.tasks().get(0).status());
    assertFalse(run.tasks().get(1).started());
    assertEquals(RunStatus.TIMED_OUT, run.status());
    assertEquals(FIRST_RUN.plusSeconds(90 * 60), run.endTime());
  }

  @Test
  void cancelTaskAtTheCutoffTimesOutRunCommandInvocations() {
    put(store, window(WINDOW, WEEKLY).build());
    put(store, target(WINDOW, "t1", "i-1"));
    put(store, task(WINDOW, "long", 1, "t1").cutoffBehavior("CANCEL_TASK").build());
    scheduler.setOutcomes(
        new OutcomeRules(List.of(OutcomeRule.always(RunStatus.SUCCESS, null, 2 * 3600))));
    advance(Duration.ofHours(5));

    WindowRun run = onlyRun();
    Instant cutoff = FIRST_RUN.plus(Duration.ofHours(1));
    InvocationRun invocation = run.tasks().get(0).invocations().get(0);
    assertEquals(RunStatus.TIMED_OUT, invocation.status());
    assertEquals(cutoff, invocation.endTime());
    assertEquals(RunStatus.TIMED_OUT, run.tasks().get(0).status());
    assertEquals(RunStatus.TIMED_OUT, run.status());
  }

  @Test
  void cancellingStopsWhatHasNotFinishedAtTheNextPass() {
    putWindowWithTwoPriorities();
    advance(Duration.ofHours(2).plusSeconds(30));
    WindowRun running = onlyRun();
    assertEquals(RunStatus.IN_PROGRESS, running.status());

    assertTrue(scheduler.cancel(running.windowExecutionId()));
    WindowRun cancelling = onlyRun();
    assertEquals(RunStatus.CANCELLING, cancelling.status());
    assertEquals(RunStatus.CANCELLING, cancelling.tasks().get(0).status());
    assertEquals(RunStatus.CANCELLING, cancelling.tasks().get(0).invocations().get(0).status());

    advance(Duration.ofSeconds(5));
    WindowRun cancelled = onlyRun();
    Instant at = FIRST_RUN.plusSeconds(35);
    assertEquals(RunStatus.CANCELLED, cancelled.status());
    assertEquals(at, cancelled.endTime());
    assertEquals(RunStatus.CANCELLED, cancelled.tasks().get(0).status());
    assertEquals(RunStatus.CANCELLED, cancelled.tasks().get(0).invocations().get(0).status());
    // The lower priority never started.
    assertFalse(cancelled.tasks().get(1).started());

    advance(Duration.ofHours(1));
    assertEquals(RunStatus.CANCELLED, onlyRun().status());
  }

  @Test
  void aDisabledWindowHasNoRunsAndDoesNotCatchUpWhenEnabledAgain() {
    put(store, window(WINDOW, "cron(0 2 * * ? *)").enabled(false).build());
    advance(Duration.ofDays(3));
    assertEquals(List.of(), runs());

    put(store, window(WINDOW, "cron(0 2 * * ? *)").enabled(true).build());
    advance(Duration.ofDays(1));
    List<WindowRun> runs = runs();
    assertEquals(1, runs.size());
    assertEquals(
        MONDAY.plus(Duration.ofDays(3)).plus(Duration.ofHours(2)), runs.get(0).startTime());
  }

  @Test
  void advancingAWeekRunsADailyWindowSevenTimesInOrder() {
    put(store, window(WINDOW, "cron(0 2 * * ? *)").build());
    put(store, target(WINDOW, "t1", "i-1"));
    put(store, task(WINDOW, "a", 1, "t1").build());
    advance(Duration.ofDays(7));
    List<WindowRun> runs = runs();
    assertEquals(7, runs.size());
    for (int day = 0; day < 7; day++) {
      WindowRun run = runs.get(day);
      assertEquals(MONDAY.plus(Duration.ofDays(day)).plus(Duration.ofHours(2)), run.startTime());
      assertEquals(RunStatus.SUCCESS, run.status());
    }
  }

  @Test
  void aWindowWithoutTasksSucceedsAtOnce() {
    put(store, window(WINDOW, WEEKLY).build());
    advance(Duration.ofHours(3));
    WindowRun run = onlyRun();
    assertEquals(RunStatus.SUCCESS, run.status());
    assertEquals(FIRST_RUN, run.endTime());
  }

  @Test
  void aTaskWithoutTargetsRunsOnceOnNoTarget() {
    put(store, window(WINDOW, WEEKLY).build());
    put(
        store,
        task(WINDOW, "lambda", 1)
            .targets(List.of())
            .taskType("LAMBDA")
            .taskArn("arn:aws:lambda:us-east-1:111122223333:function:patch")
            .build());
    advance(Duration.ofHours(3));
    TaskRun task = onlyRun().tasks().get(0);
    assertEquals(1, task.invocations().size());
    assertNull(task.invocations().get(0).target().instanceId());
    assertNull(task.invocations().get(0).target().windowTargetId());
  }

  @Test
  void theSeedOperationsTablesFollowTheRun() {
    putWindowWithTwoPriorities();
    advance(Duration.ofHours(2).plusSeconds(30));
    WindowRun run = onlyRun();
    io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecution execution =
        store
            .table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION)
            .get(Key.of(run.windowExecutionId()))
            .orElseThrow();
    assertEquals("IN_PROGRESS", execution.statusAsString());
    assertEquals(WINDOW, execution.windowId());

    advance(Duration.ofHours(1));
    Table<MaintenanceWindowExecutionTaskIdentity> tasks =
        store.table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION_TASK_IDENTITY);
    List<MaintenanceWindowExecutionTaskIdentity> identities;
    try (Stream<MaintenanceWindowExecutionTaskIdentity> all =
        tasks.scan(
            tasks.schema().primaryKey(), ScanRange.prefix(Key.of(run.windowExecutionId())))) {
      identities = all.toList();
    }
    assertEquals(2, identities.size());
    assertTrue(identities.stream().allMatch(t -> "SUCCESS".equals(t.statusAsString())));
    assertEquals(
        "SUCCESS",
        store
            .table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION)
            .get(Key.of(run.windowExecutionId()))
            .orElseThrow()
            .statusAsString());
  }

  @Test
  void aPassIsIdempotent() {
    putWindowWithTwoPriorities();
    advance(Duration.ofHours(2).plusSeconds(30));
    WindowRun once = onlyRun();
    scheduler.processUpTo(clock.instant());
    scheduler.processUpTo(clock.instant());
    assertEquals(once, onlyRun());
  }
}
