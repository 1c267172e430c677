package io.shapeforge.samples.ssm.emulator;

import static io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionStatus.CANCELLED;
import static io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionStatus.CANCELLING;
import static io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionStatus.FAILED;
import static io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionStatus.IN_PROGRESS;
import static io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionStatus.PENDING;
import static io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionStatus.SKIPPED_OVERLAPPING;
import static io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionStatus.SUCCESS;
import static io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionStatus.TIMED_OUT;
import static io.shapeforge.samples.ssm.imported.model.MaintenanceWindowTaskType.AUTOMATION;
import static io.shapeforge.samples.ssm.imported.model.MaintenanceWindowTaskType.LAMBDA;
import static io.shapeforge.samples.ssm.imported.model.MaintenanceWindowTaskType.RUN_COMMAND;
import static io.shapeforge.samples.ssm.imported.model.MaintenanceWindowTaskType.STEP_FUNCTIONS;

import io.shapeforge.samples.ssm.imported.model.Alarm;
import io.shapeforge.samples.ssm.imported.model.AlarmConfiguration;
import io.shapeforge.samples.ssm.imported.model.AlarmStateInformation;
import io.shapeforge.samples.ssm.imported.model.ExternalAlarmState;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecution;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionStatus;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionTaskIdentity;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowTaskType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Realistic demo records, the same on every run (a fixed random seed and fixed times):
 *
 * <ul>
 *   <li>a nightly patch run whose tasks all succeeded, with a CloudWatch alarm configured;
 *   <li>a run that failed, with tasks that succeeded, failed, timed out and were cancelled, and a
 *       triggered alarm;
 *   <li>a run in progress, with pending, running, cancelling and finished tasks;
 *   <li>a run skipped because the previous one overlapped it;
 *   <li>a fleet-wide run with {@value #LARGE_EXECUTION_TASKS} tasks, more than one page at the
 *       largest MaxResults (100);
 *   <li>a pending run that has no tasks yet.
 * </ul>
 *
 * <pre>{@code
 * SsmEmulator ssm = SsmEmulator.builder().seed(DemoData.create().document()).build();
 * }</pre>
 */
public final class DemoData {
  /** How many tasks the large execution has. */
  public static final int LARGE_EXECUTION_TASKS = 137;

  private static final long RANDOM_SEED = 0x5eed_2026L;
  private static final Instant FIRST_START = Instant.parse("2026-01-05T02:00:00.125Z");
  private static final String ACCOUNT = "123456789012";
  private static final String PATCH_ALARM = "patching-cpu-utilization-high";

  private final Random random = new Random(RANDOM_SEED);
  private final List<MaintenanceWindowExecution> executions = new ArrayList<>();
  private final List<MaintenanceWindowExecutionTaskIdentity> tasks = new ArrayList<>();
  private final Map<String, Integer> tasksPerExecution = new HashMap<>();
  private final String failedExecutionId;
  private final String largeExecutionId;

  private DemoData() {
    String nightly = execution("mw-0c50858d01a2b3c4d", SUCCESS, null, 0);
    for (int i = 0; i < 6; i++) {
      task(
          nightly,
          SUCCESS,
          RUN_COMMAND,
          "AWS-RunPatchBaseline",
          watched(ExternalAlarmState.UNKNOWN));
    }
    failedExecutionId =
        execution(
            "mw-0c50858d01a2b3c4d", FAILED, "One or more tasks in the orchestration failed.", 1);
    task(failedExecutionId, SUCCESS, RUN_COMMAND, "AWS-RunPatchBaseline", null);
    task(
        failedExecutionId,
        FAILED,
        RUN_COMMAND,
        "AWS-RunShellScript",
        watched(ExternalAlarmState.ALARM));
    task(failedExecutionId, TIMED_OUT, AUTOMATION, "AWS-RestartEC2Instance", null);
    task(failedExecutionId, CANCELLED, LAMBDA, lambda("rotate-application-logs"), null);
    task(failedExecutionId, SUCCESS, STEP_FUNCTIONS, stateMachine("drain-and-patch"), null);
    String running = execution("mw-0f1e2d3c4b5a69788", IN_PROGRESS, null, 2);
    task(running, SUCCESS, AUTOMATION, "AWS-CreateImage", null);
    task(running, CANCELLING, RUN_COMMAND, "AWS-RunShellScript", null);
    task(
        running,
        IN_PROGRESS,
        RUN_COMMAND,
        "AWS-RunPatchBaseline",
        watched(ExternalAlarmState.UNKNOWN));
    task(running, PENDING, LAMBDA, lambda("notify-on-call"), null);
    String skipped =
        execution(
            "mw-0f1e2d3c4b5a69788",
            SKIPPED_OVERLAPPING,
            "The previous execution is still running.",
            3);
    task(skipped, SKIPPED_OVERLAPPING, RUN_COMMAND, "AWS-RunPatchBaseline", null);
    largeExecutionId =
        execution(
            "mw-07a6b5c4d3e2f1a0b", FAILED, "One or more tasks in the orchestration failed.", 4);
    for (int i = 0; i < LARGE_EXECUTION_TASKS; i++) {
      MaintenanceWindowExecutionStatus status = fleetStatus();
      AlarmStateInformation alarm = status == FAILED ? watched(ExternalAlarmState.ALARM) : null;
      task(largeExecutionId, status, RUN_COMMAND, "AWS-RunPatchBaseline", alarm);
    }
    execution("mw-07a6b5c4d3e2f1a0b", PENDING, null, 5);
  }

  /** Builds the demo records. */
  public static DemoData create() {
    return new DemoData();
  }

  /** Every demo record, as a seed. */
  public SeedDocument document() {
    return new SeedDocument(executions, tasks);
  }

  /** The execution with a task in each of SUCCESS, FAILED, TIMED_OUT and CANCELLED. */
  public String failedExecutionId() {
    return failedExecutionId;
  }

  /** The execution with {@value #LARGE_EXECUTION_TASKS} tasks. */
  public String largeExecutionId() {
    return largeExecutionId;
  }

  /** Mostly successes, as in a real fleet, with some failures and time-outs. */
  private MaintenanceWindowExecutionStatus fleetStatus() {
    int roll = random.nextInt(20);
    return roll == 0 ? TIMED_OUT : roll <= 2 ? FAILED : SUCCESS;
  }

  private String execution(
      String windowId, MaintenanceWindowExecutionStatus status, String details, int night) {
    String id = nextId();
    Instant start = FIRST_START.plus(Duration.ofDays(night)).plusMillis(random.nextInt(1000));
    executions.add(
        MaintenanceWindowExecution.builder()
            .windowId(windowId)
            .windowExecutionId(id)
            .status(status)
            .statusDetails(details)
            .startTime(status == PENDING ? null : start)
            .endTime(finished(status) ? start.plus(Duration.ofMinutes(45)) : null)
            .build());
    return id;
  }

  private void task(
      String executionId,
      MaintenanceWindowExecutionStatus status,
      MaintenanceWindowTaskType type,
      String taskArn,
      AlarmStateInformation triggered) {
    Instant executionStart = executions.get(executions.size() - 1).startTime();
    int earlierTasks = tasksPerExecution.merge(executionId, 1, Integer::sum) - 1;
    // Up to 40 targets run at a time, so tasks start in waves a few seconds apart.
    long offsetMillis =
        4_000L * (earlierTasks / 40) + 50L * (earlierTasks % 40) + random.nextInt(1000);
    Instant start = executionStart == null ? null : executionStart.plusMillis(offsetMillis);
    MaintenanceWindowExecutionTaskIdentity.Builder task =
        MaintenanceWindowExecutionTaskIdentity.builder()
            .windowExecutionId(executionId)
            .taskExecutionId(nextId())
            .status(status)
            .statusDetails(details(status))
            .startTime(status == PENDING || status == SKIPPED_OVERLAPPING ? null : start)
            .endTime(
                start != null && finished(status) && status != SKIPPED_OVERLAPPING
                    ? start.plusMillis(30_000 + random.nextInt(600_000))
                    : null)
            .taskArn(taskArn)
            .taskType(type);
    if (triggered != null) {
      task.alarmConfiguration(
              AlarmConfiguration.builder()
                  .ignorePollAlarmFailure(false)
                  .alarms(Alarm.builder().name(triggered.name()).build())
                  .build())
          .triggeredAlarms(triggered);
    }
    tasks.add(task.build());
  }

  private static AlarmStateInformation watched(ExternalAlarmState state) {
    return AlarmStateInformation.builder().name(PATCH_ALARM).state(state).build();
  }

  private static boolean finished(MaintenanceWindowExecutionStatus status) {
    return status != PENDING && status != IN_PROGRESS && status != CANCELLING;
  }

  private static String details(MaintenanceWindowExecutionStatus status) {
    switch (status) {
      case SUCCESS:
        return "Success";
      case FAILED:
        return "The task failed on 1 of 12 target instances: exit code 1.";
      case TIMED_OUT:
        return "The task did not finish within the window's cutoff.";
      case CANCELLED:
        return "Cancelled by user.";
      case CANCELLING:
        return "Cancellation requested.";
      case SKIPPED_OVERLAPPING:
        return "Skipped: the previous execution of this window was still running.";
      default:
        return null;
    }
  }

  /** A random (version 4) UUID drawn from the seeded generator. */
  private String nextId() {
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new UUID(high, low).toString();
  }

  private static String lambda(String function) {
    return "arn:aws:lambda:us-east-1:" + ACCOUNT + ":function:" + function;
  }

  private static String stateMachine(String name) {
    return "arn:aws:states:us-east-1:" + ACCOUNT + ":stateMachine:" + name;
  }
}
