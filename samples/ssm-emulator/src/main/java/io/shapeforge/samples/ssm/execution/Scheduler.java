package io.shapeforge.samples.ssm.execution;

import io.shapeforge.runtime.store.Key;
import io.shapeforge.runtime.store.ScanRange;
import io.shapeforge.runtime.store.Store;
import io.shapeforge.runtime.store.Table;
import io.shapeforge.runtime.store.Transaction;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowResult;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowTaskResult;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowTarget;
import io.shapeforge.samples.ssm.schedule.Schedule;
import io.shapeforge.samples.ssm.schedule.ScheduleContext;
import io.shapeforge.samples.ssm.schedule.ScheduledRun;
import io.shapeforge.samples.ssm.windows.MaintenanceWindowTables;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Runs maintenance windows: every window that falls due becomes an execution, and every open
 * execution is carried on, up to a given time. A pass ({@link #processUpTo}) walks through time in
 * order, so a run due at 02:00 is started, and its tasks are run, before a run due at 03:00 is
 * looked at; advancing a clock by a week runs a week of windows.
 *
 * <p><b>Once across nodes.</b> Each due run is claimed by inserting its execution under (WindowId,
 * scheduled start) with {@code insertIfAbsent}; of several nodes sharing a store, exactly one
 * succeeds, and the others move on. Carrying an execution on is a transaction that reads, and so
 * locks, its one record, and the progress it computes is the same whichever node computes it.
 *
 * <p><b>Clock.</b> With a {@link io.shapeforge.samples.ssm.schedule.ManualClock}, nothing happens
 * until the owner calls {@link #processUpTo} after moving the clock; with any other clock, {@link
 * #start()} starts a daemon thread that does so every {@link #TICK_MILLIS} ms until {@link
 * #close()}.
 */
public final class Scheduler implements AutoCloseable {
  /** How often the background thread looks at the clock. */
  public static final long TICK_MILLIS = 1_000;

  /** How many runs of one window one step looks at before it writes its progress. */
  private static final int RUNS_PER_STEP = 500;

  private static final Logger LOG = System.getLogger(Scheduler.class.getName());

  /** The name of a background thread, followed by a number unique in the JVM. */
  public static final String THREAD_NAME = "shapeforge-scheduler-";

  private static final AtomicInteger SCHEDULERS = new AtomicInteger();

  private final Store store;
  private final Clock clock;
  private final Supplier<String> ids;
  private final Object pass = new Object();
  private Thread ticker;
  private volatile boolean closed;

  /**
   * @param store holds the windows ({@link MaintenanceWindowTables}) and the executions
   * @param clock emulator time
   */
  public Scheduler(Store store, Clock clock) {
    this(store, clock, () -> UUID.randomUUID().toString());
  }

  /**
   * @param store holds the windows ({@link MaintenanceWindowTables}) and the executions
   * @param clock emulator time
   * @param ids mints execution, task execution and invocation ids (UUIDs on the wire); random by
   *     default, seeded where the output must be the same on every run
   */
  public Scheduler(Store store, Clock clock, Supplier<String> ids) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
  }

  /** The clock this scheduler runs on. */
  public Clock clock() {
    return clock;
  }

  /** The current emulator time, to the millisecond (the wire's precision). */
  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  /**
   * Starts the background thread that processes up to the clock's time every second, from one
   * second after this call; for a clock that moves on its own. Safe to call once.
   */
  public synchronized void start() {
    if (ticker != null || closed) {
      throw new IllegalStateException(closed ? "scheduler is closed" : "scheduler already started");
    }
    ticker = new Thread(this::tickUntilClosed, THREAD_NAME + SCHEDULERS.incrementAndGet());
    ticker.setDaemon(true);
    ticker.start();
  }

  /** Stops the background thread, if any, and waits for the pass in progress. Safe to repeat. */
  @Override
  public void close() {
    Thread running;
    synchronized (this) {
      closed = true;
      running = ticker;
    }
    if (running != null) {
      running.interrupt();
      try {
        running.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Passes once a tick. The first pass comes one tick after start, not at it: a started emulator
   * answers its first requests before its catch-up pass competes with them for the CPU (the demo's
   * first pass takes 50-80 ms of a cold JVM, about a tenth of its start-up on two cores).
   */
  private void tickUntilClosed() {
    while (sleptOneTick() && !closed) {
      try {
        processUpTo(now());
      } catch (RuntimeException e) {
        // A store that is briefly unavailable must not end the scheduler; the next tick retries.
        LOG.log(Level.WARNING, "Scheduler pass failed; retrying at the next tick", e);
      }
    }
  }

  /** Sleeps one tick; {@code false} when interrupted, which {@link #close()} does. */
  private static boolean sleptOneTick() {
    try {
      Thread.sleep(TICK_MILLIS);
      return true;
    } catch (InterruptedException e) {
      return false;
    }
  }

  /**
   * Starts every run due up to {@code now} and carries every open execution on to {@code now}. One
   * pass at a time in this node; other nodes may pass at the same time.
   */
  public void processUpTo(Instant now) {
    Instant time = now.truncatedTo(ChronoUnit.MILLIS);
    synchronized (pass) {
      OutcomeRules rules = outcomes();
      for (GetMaintenanceWindowResult window : windows()) {
        startDueRuns(window, time, rules);
      }
      for (Key run : openRuns(Key.of(true))) {
        carryOn(run, time, rules);
      }
    }
  }

  /** The outcome rules in force (every node reads the same ones from the store). */
  public OutcomeRules outcomes() {
    return store.table(OutcomeRules.TABLE).get(Key.of("rules")).orElse(OutcomeRules.none());
  }

  /** Replaces the outcome rules, for invocations that start from now on. */
  public void setOutcomes(OutcomeRules rules) {
    store.table(OutcomeRules.TABLE).put(Objects.requireNonNull(rules, "rules"));
  }

  /**
   * Asks an execution to stop: what has not finished becomes CANCELLING now, and CANCELLED at the
   * next pass. An execution that has finished stays as it is.
   *
   * @return whether the execution is one of this scheduler's (seeded executions are not)
   */
  public boolean cancel(String windowExecutionId) {
    Optional<Key> key = runKeyOf(windowExecutionId);
    if (key.isEmpty()) {
      return false;
    }
    Instant time = now();
    OutcomeRules rules = outcomes();
    store.inTransaction(
        tx -> {
          Table<WindowRun> runs = tx.table(ExecutionTables.RUNS);
          Optional<WindowRun> stored = runs.get(key.get());
          if (stored.isPresent()) {
            WindowRun current = progress(rules).advance(stored.get(), time);
            save(tx, stored.get(), RunProgress.requestCancel(current));
          }
          return null;
        });
    return true;
  }

  private List<GetMaintenanceWindowResult> windows() {
    Table<GetMaintenanceWindowResult> windows = store.table(MaintenanceWindowTables.WINDOWS);
    try (Stream<GetMaintenanceWindowResult> all =
        windows.scan(windows.schema().primaryKey(), ScanRange.all())) {
      return all.toList();
    }
  }

  private void startDueRuns(GetMaintenanceWindowResult window, Instant now, OutcomeRules rules) {
    Optional<Instant> progressed =
        store
            .table(ExecutionTables.PROGRESS)
            .get(Key.of(window.windowId()))
            .map(WindowProgress::processedUpTo);
    Optional<ScheduleContext> context = WindowSchedules.contextOf(window);
    Optional<Schedule> schedule = WindowSchedules.scheduleOf(window);
    if (progressed.isEmpty() && window.createdDate() == null) {
      // A window without a creation time is counted from when the scheduler first sees it.
      recordProgress(window.windowId(), now);
      return;
    }
    Instant from = progressed.orElse(window.createdDate());
    if (context.isEmpty() || schedule.isEmpty() || !from.isBefore(now)) {
      recordProgress(window.windowId(), now);
      return;
    }
    while (true) {
      List<ScheduledRun> due =
          schedule
              .get()
              .runsAfter(from, context.get())
              .takeWhile(run -> !run.start().isAfter(now))
              .limit(RUNS_PER_STEP)
              .toList();
      for (ScheduledRun run : due) {
        for (Key open : openRuns(Key.of(true, window.windowId()))) {
          carryOn(open, run.start(), rules);
        }
        claim(window, run, rules);
      }
      if (due.size() < RUNS_PER_STEP) {
        recordProgress(window.windowId(), now);
        return;
      }
      from = due.get(due.size() - 1).start();
      recordProgress(window.windowId(), from);
    }
  }

  /** Inserts the execution of a due run, unless another node (or an earlier pass) did. */
  private void claim(GetMaintenanceWindowResult window, ScheduledRun run, OutcomeRules rules) {
    store.inTransaction(
        tx -> {
          Table<WindowRun> runs = tx.table(ExecutionTables.RUNS);
          if (runs.get(Key.of(window.windowId(), run.start())).isPresent()) {
            return null;
          }
          boolean overlapping;
          try (Stream<WindowRun> open =
              runs.scan(
                  ExecutionTables.OPEN_RUNS, ScanRange.prefix(Key.of(true, window.windowId())))) {
            overlapping = open.findAny().isPresent();
          }
          WindowRun created =
              overlapping
                  ? RunPlanner.skipped(window, run, ids.get())
                  : RunPlanner.plan(window, run, tasksOf(tx, window), targetsOf(tx, window), ids);
          if (!runs.insertIfAbsent(created)) {
            return null;
          }
          WindowRun started = progress(rules).advance(created, run.start());
          if (!started.equals(created)) {
            runs.put(started);
          }
          ExecutionRecordWriter.write(tx, null, started);
          return null;
        });
  }

  /** Carries one open execution on to {@code time}, under the lock of its record. */
  private void carryOn(Key runKey, Instant time, OutcomeRules rules) {
    store.inTransaction(
        tx -> {
          Optional<WindowRun> stored = tx.table(ExecutionTables.RUNS).get(runKey);
          if (stored.isPresent() && stored.get().open()) {
            save(tx, stored.get(), progress(rules).advance(stored.get(), time));
          }
          return null;
        });
  }

  private static void save(Transaction tx, WindowRun before, WindowRun after) {
    if (!after.equals(before)) {
      tx.table(ExecutionTables.RUNS).put(after);
      ExecutionRecordWriter.write(tx, before, after);
    }
  }

  private void recordProgress(String windowId, Instant upTo) {
    Table<WindowProgress> progress = store.table(ExecutionTables.PROGRESS);
    WindowProgress record = new WindowProgress(windowId, upTo);
    // Never backwards: another node may have got further meanwhile.
    if (!progress.insertIfAbsent(record)) {
      progress.replaceIf(record, stored -> stored.processedUpTo().isBefore(upTo));
    }
  }

  private List<Key> openRuns(Key prefix) {
    Table<WindowRun> runs = store.table(ExecutionTables.RUNS);
    try (Stream<WindowRun> open = runs.scan(ExecutionTables.OPEN_RUNS, ScanRange.prefix(prefix))) {
      return open.map(run -> Key.of(run.windowId(), run.scheduledStart())).toList();
    }
  }

  /** The primary key of the run with this execution id, if the scheduler made it. */
  Optional<Key> runKeyOf(String windowExecutionId) {
    Table<WindowRun> runs = store.table(ExecutionTables.RUNS);
    try (Stream<WindowRun> found =
        runs.scan(
            ExecutionTables.RUN_BY_EXECUTION_ID, ScanRange.prefix(Key.of(windowExecutionId)))) {
      return found.findFirst().map(run -> Key.of(run.windowId(), run.scheduledStart()));
    }
  }

  private static List<GetMaintenanceWindowTaskResult> tasksOf(
      Transaction tx, GetMaintenanceWindowResult window) {
    Table<GetMaintenanceWindowTaskResult> tasks = tx.table(MaintenanceWindowTables.TASKS);
    try (Stream<GetMaintenanceWindowTaskResult> all =
        tasks.scan(tasks.schema().primaryKey(), ScanRange.prefix(Key.of(window.windowId())))) {
      return all.toList();
    }
  }

  private static List<MaintenanceWindowTarget> targetsOf(
      Transaction tx, GetMaintenanceWindowResult window) {
    Table<MaintenanceWindowTarget> targets = tx.table(MaintenanceWindowTables.TARGETS);
    try (Stream<MaintenanceWindowTarget> all =
        targets.scan(targets.schema().primaryKey(), ScanRange.prefix(Key.of(window.windowId())))) {
      return all.toList();
    }
  }

  private RunProgress progress(OutcomeRules rules) {
    return new RunProgress(rules, ids);
  }
}
