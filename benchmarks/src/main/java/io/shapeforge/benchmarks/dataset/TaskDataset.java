package io.shapeforge.benchmarks.dataset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The benchmark data set: {@code records} task executions spread {@value #TASKS_PER_EXECUTION} per
 * window execution, with random statuses, start times and ids drawn from a fixed seed, so that
 * every engine and every JVM sees exactly the same records.
 *
 * <p>It is generated on demand rather than held, so the memory measurement can load an engine
 * without the source list skewing the heap. Task ids, details and ARNs are fresh {@code String}
 * instances per record, as a store loaded from JSON would hold them. The window execution id is one
 * instance per execution, as a loader that stores an execution and then its tasks holds it (the
 * emulator's seed loader, or a service creating the tasks of the execution it just started). Status
 * and task type, enums in the spec, are shared constants.
 *
 * <pre>{@code
 * TaskDataset data = TaskDataset.of(100_000);
 * data.forEach(table::insert);
 * String execution = data.midTableExecutionId();
 * }</pre>
 */
public final class TaskDataset {
  /** How many tasks each window execution holds. */
  public static final int TASKS_PER_EXECUTION = 1_000;

  /** The seed every run uses. */
  public static final long SEED = 20_210_804L;

  /** Every status of {@code MaintenanceWindowExecutionStatus}, as wire values. */
  public static final List<String> STATUSES =
      List.of(
          "PENDING",
          "IN_PROGRESS",
          "SUCCESS",
          "FAILED",
          "TIMED_OUT",
          "CANCELLING",
          "CANCELLED",
          "SKIPPED_OVERLAPPING");

  /** The statuses the measured page filters on: {@code STATUS in (SUCCESS, FAILED)}. */
  public static final List<String> PAGE_STATUSES = List.of("SUCCESS", "FAILED");

  private static final List<String> TASK_TYPES =
      List.of("RUN_COMMAND", "AUTOMATION", "STEP_FUNCTIONS", "LAMBDA");
  private static final List<String> DOCUMENTS =
      List.of("AWS-RunPatchBaseline", "AWS-RunShellScript", "AWS-UpdateSSMAgent");
  private static final Instant FIRST_EXECUTION = Instant.parse("2021-08-04T18:00:00Z");
  private static final long WINDOW_MILLIS = 3_600_000L;

  private final int records;
  private final List<String> executionIds;

  private TaskDataset(int records) {
    if (records < 1) {
      throw new IllegalArgumentException("records must be positive: " + records);
    }
    this.records = records;
    this.executionIds = List.copyOf(executionIds(executions(records)));
  }

  /** The data set of {@code records} tasks. */
  public static TaskDataset of(int records) {
    return new TaskDataset(records);
  }

  /** The number of tasks. */
  public int records() {
    return records;
  }

  /** The window execution ids, in generation order. */
  public List<String> executionIds() {
    return executionIds;
  }

  /** The execution in the middle of the table, whose pages the query benchmarks measure. */
  public String midTableExecutionId() {
    return executionIds.get(executionIds.size() / 2);
  }

  /** Hands every record to {@code sink}, in generation order (not sorted). */
  public void forEach(Consumer<TaskRecord> sink) {
    Random random = new Random(SEED);
    for (int execution = 0; execution < executionIds.size(); execution++) {
      String executionId = executionIds.get(execution);
      Instant windowStart = FIRST_EXECUTION.plusSeconds(3_600L * execution);
      int tasks = Math.min(TASKS_PER_EXECUTION, records - execution * TASKS_PER_EXECUTION);
      for (int task = 0; task < tasks; task++) {
        sink.accept(nextTask(random, executionId, windowStart));
      }
    }
  }

  /** All records in a new list, in generation order. */
  public List<TaskRecord> toList() {
    List<TaskRecord> all = new ArrayList<>(records);
    forEach(all::add);
    return all;
  }

  private static TaskRecord nextTask(Random random, String executionId, Instant windowStart) {
    String status = STATUSES.get(random.nextInt(STATUSES.size()));
    Instant start = windowStart.plusMillis(random.nextInt((int) WINDOW_MILLIS));
    Instant end = start.plusMillis(1_000 + random.nextInt(600_000));
    String details =
        status.equals("FAILED") || status.equals("TIMED_OUT")
            ? new String("The task did not complete")
            : null;
    return new TaskRecord(
        executionId,
        uuid(random),
        status,
        details,
        start,
        end,
        new String(DOCUMENTS.get(random.nextInt(DOCUMENTS.size()))),
        TASK_TYPES.get(random.nextInt(TASK_TYPES.size())));
  }

  private static int executions(int records) {
    return (records + TASKS_PER_EXECUTION - 1) / TASKS_PER_EXECUTION;
  }

  private static List<String> executionIds(int executions) {
    // A separate stream from the tasks', so adding records never renames an execution.
    Random random = new Random(~SEED);
    List<String> ids = new ArrayList<>(executions);
    for (int i = 0; i < executions; i++) {
      ids.add(uuid(random));
    }
    return ids;
  }

  private static String uuid(Random random) {
    return new UUID(random.nextLong(), random.nextLong()).toString();
  }
}
