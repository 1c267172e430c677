package io.shapeforge.samples.ssm.emulator;

import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecution;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionStatus;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionTaskIdentity;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowTaskType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Valid records with readable, deterministic ids, for tests that insert their own data. */
public final class TestRecords {
  /** Statuses a task cycles through in {@link #tasks}: every one of them. */
  public static final List<MaintenanceWindowExecutionStatus> STATUSES =
      List.of(
          MaintenanceWindowExecutionStatus.PENDING, MaintenanceWindowExecutionStatus.IN_PROGRESS,
          MaintenanceWindowExecutionStatus.SUCCESS, MaintenanceWindowExecutionStatus.FAILED,
          MaintenanceWindowExecutionStatus.TIMED_OUT, MaintenanceWindowExecutionStatus.CANCELLING,
          MaintenanceWindowExecutionStatus.CANCELLED,
              MaintenanceWindowExecutionStatus.SKIPPED_OVERLAPPING);

  /** The order the API returns tasks in: start time, then task execution id. */
  public static final Comparator<MaintenanceWindowExecutionTaskIdentity> API_ORDER =
      Comparator.comparing(
              MaintenanceWindowExecutionTaskIdentity::startTime,
              Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(MaintenanceWindowExecutionTaskIdentity::taskExecutionId);

  private TestRecords() {}

  /**
   * A UUID-shaped id that reads as its two numbers, such as {@code
   * 00000007-0000-4000-8000-000000000042}.
   */
  public static String id(int group, int number) {
    return String.format("%08x-0000-4000-8000-%012x", group, number);
  }

  public static MaintenanceWindowExecution execution(String executionId) {
    return MaintenanceWindowExecution.builder()
        .windowId("mw-0123456789abcdef0")
        .windowExecutionId(executionId)
        .status(MaintenanceWindowExecutionStatus.SUCCESS)
        .startTime(Instant.parse("2026-01-05T02:00:00.125Z"))
        .endTime(Instant.parse("2026-01-05T02:45:00.875Z"))
        .build();
  }

  /**
   * {@code count} tasks of an execution, statuses cycling through {@link #STATUSES}, start times
   * 7.001 s apart (so milliseconds matter) but inserted in a scrambled order and with some ties, so
   * that the API order is not the insertion order.
   */
  public static List<MaintenanceWindowExecutionTaskIdentity> tasks(
      String executionId, int group, int count) {
    List<MaintenanceWindowExecutionTaskIdentity> tasks = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int scrambled = (int) ((i * 7919L) % count);
      Instant start =
          Instant.parse("2026-01-05T02:00:00.000Z").plusMillis(7_001L * (scrambled / 3));
      tasks.add(
          MaintenanceWindowExecutionTaskIdentity.builder()
              .windowExecutionId(executionId)
              .taskExecutionId(id(group, scrambled))
              .status(STATUSES.get(scrambled % STATUSES.size()))
              .statusDetails("task " + scrambled)
              .startTime(start)
              .endTime(start.plusMillis(1_234))
              .taskArn("AWS-RunPatchBaseline")
              .taskType(MaintenanceWindowTaskType.RUN_COMMAND)
              .build());
    }
    return tasks;
  }
}
