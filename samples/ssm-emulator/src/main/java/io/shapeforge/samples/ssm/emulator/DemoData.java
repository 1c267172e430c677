package io.shapeforge.samples.ssm.emulator;

import io.shapeforge.runtime.store.InMemoryStore;
import io.shapeforge.samples.ssm.execution.ExecutionTables;
import io.shapeforge.samples.ssm.execution.OutcomeRule;
import io.shapeforge.samples.ssm.execution.RunStatus;
import io.shapeforge.samples.ssm.imported.model.Alarm;
import io.shapeforge.samples.ssm.imported.model.AlarmConfiguration;
import io.shapeforge.samples.ssm.imported.model.AmazonSsmTables;
import io.shapeforge.samples.ssm.imported.model.CancelMaintenanceWindowExecutionRequest;
import io.shapeforge.samples.ssm.imported.model.CreateMaintenanceWindowRequest;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionsRequest;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecution;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionTaskIdentity;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowResourceType;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowTaskType;
import io.shapeforge.samples.ssm.imported.model.RegisterTargetWithMaintenanceWindowRequest;
import io.shapeforge.samples.ssm.imported.model.RegisterTaskWithMaintenanceWindowRequest;
import io.shapeforge.samples.ssm.imported.model.Target;
import io.shapeforge.samples.ssm.imported.model.UpdateMaintenanceWindowRequest;
import io.shapeforge.samples.ssm.schedule.ManualClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The demo: maintenance windows created, given targets and tasks, and run by the scheduler, the
 * same on every run. Nothing is written by hand: every window, target and task is created through
 * the operations ({@link ImportedSsmBehaviour}, as a request would be), and every execution, task
 * execution and invocation is what the scheduler made of them while a manual clock was moved
 * through a fixed past period, {@link #START} to {@link #END} (Sunday 4 to Friday 9 January 2026,
 * UTC), with outcome rules scripting some failures. Ids come from {@link
 * SsmEmulator.Builder#identifierSeed seeded generators}, so they match the README.
 *
 * <ul>
 *   <li><b>nightly-patching</b>, daily at 02:00, ending on 8 January: four runs. The first and last
 *       succeed; the second ({@link #failedExecutionId()}) fails, with tasks that succeeded,
 *       failed, timed out and were cancelled; the third is cancelled through
 *       CancelMaintenanceWindowExecution while its first task runs.
 *   <li><b>fleet-patching</b>, once ({@code at(...)}): {@value #LARGE_EXECUTION_TASKS} tasks in
 *       four priority waves, more than one page at the largest MaxResults (100), mostly successes,
 *       some failures and time-outs ({@link #largeExecutionId()}).
 *   <li><b>db-backup</b>, daily at 23:00 from 7 January, disabled at the end: its first run's image
 *       task is scripted to run for ten years, so that run is IN_PROGRESS and the next one is
 *       SKIPPED_OVERLAPPING.
 *   <li><b>app-release</b>, once, at 23:30 on 8 January: cancelled at the end while it runs, so it
 *       is CANCELLING.
 *   <li><b>dr-drill</b>, yearly on 10 January from 2027: no run in the period; the one window still
 *       scheduled, for DescribeMaintenanceWindowSchedule.
 * </ul>
 *
 * <p><b>Clocks.</b> The demo is played on its own manual clock in memory (at build time, into a
 * snapshot that {@link #create()} reads: {@link DemoSnapshot}), then its records (the scheduler's
 * included) are loaded into the emulator's store, and the emulator serves on the clock its user
 * chose. The scheduler has processed every demo window up to {@link #END}, and no demo window can
 * run again after it except dr-drill (every other one has ended its schedule or is disabled), so
 * {@code --clock real} catches up no run of the period since; at its first pass it ends the
 * CANCELLING execution CANCELLED, as a pass does after any CancelMaintenanceWindowExecution, and
 * dr-drill runs each 10 January from 2027. {@code --clock manual@T} with T after {@link #END} does
 * the same at the first move of the clock. With T before {@link #END} the demo is served as it
 * stood at its end, dated after the clock; moving the clock up to {@link #END} starts nothing,
 * since the scheduler has processed the period already, and only the pending cancellation ends. The
 * task statuses of the seed operation's STATUS filter all appear except PENDING: the scheduler
 * starts a due run at once and lists a task execution when it starts, so PENDING is for seeded
 * records only.
 *
 * <pre>{@code
 * SsmEmulator ssm = SsmEmulator.builder().demo(DemoData.create()).build();
 * }</pre>
 */
public final class DemoData {
  /** How many tasks the large execution has. */
  public static final int LARGE_EXECUTION_TASKS = 137;

  /** Where the demo's clock starts: Sunday 4 January 2026, midnight UTC. */
  public static final Instant START = Instant.parse("2026-01-04T00:00:00Z");

  /** Where the demo's clock stops, and the records stand when they are loaded. */
  public static final Instant END = Instant.parse("2026-01-09T00:00:00Z");

  /** The seed of the demo's ids. */
  static final long SEED = 0x5eed_2026L;

  /**
   * The seed of the demo's instance ids and fleet outcomes; another than {@link #SEED}, whose first
   * draws make the first window id.
   */
  private static final long OUTCOME_SEED = 0x0f1e_e7L;

  /** How many tasks of the large execution start together (one priority group). */
  private static final int WAVE = 40;

  private static final String ACCOUNT = "123456789012";
  private static final String PATCH_ALARM = "patching-cpu-utilization-high";
  private static final String SHELL = "AWS-RunShellScript";
  private static final String RESTART = "AWS-RestartEC2Instance";
  private static final String IMAGE = "AWS-CreateImage";
  private static final String PLAYBOOK = "AWS-ApplyAnsiblePlaybooks";
  private static final String ROTATE_LOGS = lambda("rotate-application-logs");

  /** Ten years: the backup that is still running wherever the emulator's clock is. */
  private static final long STILL_RUNNING_SECONDS = 10L * 365 * 24 * 3600;

  private final Random random = new Random(OUTCOME_SEED);
  private final SsmEmulator player;
  private final ImportedSsmBehaviour ssm;
  private final List<String> webServers = new ArrayList<>();
  private final List<String> dbServers = new ArrayList<>();

  private String nightlyWindowId;
  private String patchTaskId;
  private String drillWindowId;
  private String failedExecutionId;
  private String largeExecutionId;
  private StoreRecords records;

  private DemoData(SsmEmulator player) {
    this.player = player;
    this.ssm = player.operations();
  }

  /** A demo read back from its snapshot: nothing to play, so no player. */
  private DemoData(Map<String, String> ids, StoreRecords records) {
    this.player = null;
    this.ssm = null;
    this.nightlyWindowId = id(ids, "nightlyWindowId");
    this.patchTaskId = id(ids, "patchTaskId");
    this.drillWindowId = id(ids, "drillWindowId");
    this.failedExecutionId = id(ids, "failedExecutionId");
    this.largeExecutionId = id(ids, "largeExecutionId");
    this.webServers.addAll(List.of(id(ids, "webServers").split(",")));
    this.records = records;
  }

  /**
   * The demo: read from the snapshot the build played it into ({@link DemoSnapshot}), which is the
   * same demo and a fraction of the start-up; played here when the class path has no snapshot.
   */
  public static DemoData create() {
    DemoData snapshot = DemoSnapshot.readBundled();
    return snapshot != null ? snapshot : play();
  }

  /** The demo from {@link #ids()} and the records of a snapshot. */
  static DemoData fromSnapshot(Map<String, String> ids, StoreRecords records) {
    return new DemoData(ids, records);
  }

  /**
   * The ids the printed commands and tests use, by name, in a fixed order: with {@link #records()},
   * everything a snapshot must keep.
   */
  Map<String, String> ids() {
    Map<String, String> ids = new LinkedHashMap<>();
    ids.put("nightlyWindowId", nightlyWindowId);
    ids.put("patchTaskId", patchTaskId);
    ids.put("drillWindowId", drillWindowId);
    ids.put("failedExecutionId", failedExecutionId);
    ids.put("largeExecutionId", largeExecutionId);
    ids.put("webServers", String.join(",", webServers));
    return ids;
  }

  private static String id(Map<String, String> ids, String name) {
    String id = ids.get(name);
    if (id == null) {
      throw new IllegalStateException("the demo snapshot has no " + name);
    }
    return id;
  }

  /**
   * Plays the demo, in memory, on its own clock: a few hundred milliseconds warm, seconds cold,
   * which is why {@link #create()} reads the build's snapshot of it instead.
   */
  static DemoData play() {
    RecordingStore store = new RecordingStore(new InMemoryStore());
    try (SsmEmulator player =
        SsmEmulator.builder()
            .store(store)
            .clock(ManualClock.startingAt(START))
            .identifierSeed(SEED)
            .build()) {
      DemoData demo = new DemoData(player);
      demo.playTheWeek();
      demo.records = store.records();
      return demo;
    }
  }

  /** The execution with a task in each of SUCCESS, FAILED, TIMED_OUT and CANCELLED. */
  public String failedExecutionId() {
    return failedExecutionId;
  }

  /** The execution with {@value #LARGE_EXECUTION_TASKS} tasks. */
  public String largeExecutionId() {
    return largeExecutionId;
  }

  /** The window that runs nightly, with targets and tasks of every task type. */
  public String nightlyWindowId() {
    return nightlyWindowId;
  }

  /** Its first task, which patches every registered instance. */
  public String patchTaskId() {
    return patchTaskId;
  }

  /** The one window still scheduled after the demo period. */
  public String drillWindowId() {
    return drillWindowId;
  }

  /** An instance that is a target of the nightly window. */
  public String webServerId() {
    return webServers.get(0);
  }

  /** The number of maintenance window executions the scheduler made. */
  public int executionCount() {
    return records.of(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION).size();
  }

  /** The number of task executions the scheduler made. */
  public int taskExecutionCount() {
    return records.of(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION_TASK_IDENTITY).size();
  }

  /** The task executions of the seed operation's table, in primary-key order. */
  public List<MaintenanceWindowExecutionTaskIdentity> taskExecutions() {
    return records.of(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION_TASK_IDENTITY);
  }

  /** The executions, in primary-key order. */
  public List<MaintenanceWindowExecution> executions() {
    return records.of(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION);
  }

  /** Every record the demo wrote, table by table. */
  StoreRecords records() {
    return records;
  }

  /** Invocations in the demo, counted from the invocation table. */
  int invocationCount() {
    return records.of(ExecutionTables.INVOCATIONS).size();
  }

  private void playTheWeek() {
    for (int i = 0; i < 3; i++) {
      webServers.add(instanceId());
    }
    for (int i = 0; i < 2; i++) {
      dbServers.add(instanceId());
    }
    nightlyWindowId = nightlyPatching();
    String fleetWindowId = fleetPatching();
    String backupWindowId = dbBackup();
    String releaseWindowId = appRelease();
    drillWindowId = drDrill();

    // 4 January: every task succeeds (no rules: the default outcome).
    at("2026-01-05T00:00:00Z");
    // 5 January: one web server fails the app restart, the db restarts time out, and the log
    // rotation is cancelled.
    player.setOutcomes(
        List.of(
            new OutcomeRule(SHELL, webServers.get(1), RunStatus.FAILED, "exit code 1", 45L),
            new OutcomeRule(RESTART, null, RunStatus.TIMED_OUT, "Automation timed out.", 900L),
            new OutcomeRule(ROTATE_LOGS, null, RunStatus.CANCELLED, "Cancelled by user.", 20L)));
    at("2026-01-05T12:00:00Z");
    player.setOutcomes(List.of());
    failedExecutionId = executionOf(nightlyWindowId, "2026-01-05T02:00:00Z");
    // 6 January: the run is cancelled while its first patch wave runs.
    at("2026-01-06T02:01:30Z");
    cancel(executionOf(nightlyWindowId, "2026-01-06T02:00:00Z"));
    at("2026-01-06T02:01:35Z");
    // The fleet, at 22:00: outcomes by instance.
    player.setOutcomes(fleetOutcomes());
    at("2026-01-07T00:00:00Z");
    player.setOutcomes(List.of());
    largeExecutionId = executionOf(fleetWindowId, "2026-01-06T22:00:00Z");
    // 7 January: the backup's image task hangs, so the 8 January backup overlaps it.
    player.setOutcomes(
        List.of(OutcomeRule.always(RunStatus.SUCCESS, null, STILL_RUNNING_SECONDS).forTask(IMAGE)));
    at("2026-01-08T12:00:00Z");
    player.setOutcomes(
        List.of(OutcomeRule.always(RunStatus.SUCCESS, null, 7200).forTask(PLAYBOOK)));
    player.setClock(END);
    // The end: default outcomes for whatever runs next, no more backups, and the release stopped.
    player.setOutcomes(List.of());
    ssm.updateMaintenanceWindow(
        UpdateMaintenanceWindowRequest.builder().windowId(backupWindowId).enabled(false).build());
    cancel(executionOf(releaseWindowId, "2026-01-08T23:30:00Z"));
  }

  private String nightlyPatching() {
    String windowId =
        window("nightly-patching", "cron(0 2 ? * * *)", 4, 1, false)
            .endDate("2026-01-08T00:00:00Z")
            .description("Patches the web and database servers every night.")
            .build();
    String web = target(windowId, "web-servers", webServers, "team-web");
    String db = target(windowId, "db-servers", dbServers, "team-data");
    patchTaskId =
        ssm.registerTaskWithMaintenanceWindow(
                task(
                        windowId,
                        "patch",
                        MaintenanceWindowTaskType.RUN_COMMAND,
                        "AWS-RunPatchBaseline")
                    .targets(windowTargets(web, db))
                    .priority(1)
                    .maxConcurrency("2")
                    .maxErrors("1")
                    .alarmConfiguration(
                        AlarmConfiguration.builder()
                            .ignorePollAlarmFailure(false)
                            .alarms(Alarm.builder().name(PATCH_ALARM).build())
                            .build())
                    .build())
            .windowTaskId();
    ssm.registerTaskWithMaintenanceWindow(
        task(windowId, "restart-app", MaintenanceWindowTaskType.RUN_COMMAND, SHELL)
            .targets(windowTargets(web))
            .priority(2)
            .maxConcurrency("3")
            .maxErrors("0")
            .build());
    ssm.registerTaskWithMaintenanceWindow(
        task(windowId, "restart-db", MaintenanceWindowTaskType.AUTOMATION, RESTART)
            .targets(windowTargets(db))
            .priority(2)
            .maxConcurrency("1")
            .maxErrors("1")
            .build());
    ssm.registerTaskWithMaintenanceWindow(
        task(windowId, "rotate-logs", MaintenanceWindowTaskType.LAMBDA, ROTATE_LOGS)
            .priority(3)
            .build());
    ssm.registerTaskWithMaintenanceWindow(
        task(
                windowId,
                "drain-and-patch",
                MaintenanceWindowTaskType.STEP_FUNCTIONS,
                "arn:aws:states:us-east-1:" + ACCOUNT + ":stateMachine:drain-and-patch")
            .priority(3)
            .build());
    return windowId;
  }

  /** One task per fleet instance, in priority waves of {@value #WAVE}. */
  private String fleetPatching() {
    String windowId = window("fleet-patching", "at(2026-01-06T22:00:00)", 6, 1, true).build();
    for (int i = 0; i < LARGE_EXECUTION_TASKS; i++) {
      ssm.registerTaskWithMaintenanceWindow(
          task(
                  windowId,
                  "patch-" + (i + 1),
                  MaintenanceWindowTaskType.RUN_COMMAND,
                  "AWS-RunPatchBaseline")
              .targets(Target.builder().key("InstanceIds").values(fleetInstance(i)).build())
              .priority(1 + i / WAVE)
              .maxConcurrency("1")
              .maxErrors("0")
              .build());
    }
    return windowId;
  }

  /** Mostly successes, as in a real fleet, with some failures and time-outs. */
  private List<OutcomeRule> fleetOutcomes() {
    List<OutcomeRule> rules = new ArrayList<>();
    for (int i = 0; i < LARGE_EXECUTION_TASKS; i++) {
      int roll = random.nextInt(20);
      long seconds = 30 + random.nextInt(570);
      OutcomeRule rule =
          roll == 0
              ? OutcomeRule.always(RunStatus.TIMED_OUT, "Command timed out.", 600)
              : roll <= 2
                  ? OutcomeRule.always(RunStatus.FAILED, "exit code 1", seconds)
                  : OutcomeRule.always(RunStatus.SUCCESS, null, seconds);
      rules.add(rule.forInstance(fleetInstance(i)));
    }
    return rules;
  }

  private String dbBackup() {
    String windowId =
        window("db-backup", "cron(0 23 ? * * *)", 2, 0, false)
            .startDate("2026-01-07T12:00:00Z")
            .build();
    String db = target(windowId, "db-servers", dbServers, "team-data");
    ssm.registerTaskWithMaintenanceWindow(
        task(windowId, "image", MaintenanceWindowTaskType.AUTOMATION, IMAGE)
            .targets(windowTargets(db))
            .priority(1)
            .maxConcurrency("1")
            .maxErrors("0")
            .build());
    ssm.registerTaskWithMaintenanceWindow(
        task(windowId, "update-agent", MaintenanceWindowTaskType.RUN_COMMAND, "AWS-UpdateSSMAgent")
            .targets(windowTargets(db))
            .priority(2)
            .maxConcurrency("2")
            .maxErrors("0")
            .build());
    return windowId;
  }

  private String appRelease() {
    String windowId = window("app-release", "at(2026-01-08T23:30:00)", 2, 0, false).build();
    String web = target(windowId, "web-servers", webServers, "team-web");
    ssm.registerTaskWithMaintenanceWindow(
        task(windowId, "deploy", MaintenanceWindowTaskType.RUN_COMMAND, PLAYBOOK)
            .targets(windowTargets(web))
            .priority(1)
            .maxConcurrency("1")
            .maxErrors("0")
            .build());
    return windowId;
  }

  private String drDrill() {
    String windowId =
        window("dr-drill", "cron(0 6 10 JAN ? *)", 4, 1, false)
            .startDate("2027-01-01T00:00:00Z")
            .description("Fails the databases over once a year.")
            .build();
    ssm.registerTaskWithMaintenanceWindow(
        task(windowId, "failover", MaintenanceWindowTaskType.LAMBDA, lambda("failover-drill"))
            .build());
    return windowId;
  }

  /** A window being created: call {@code build()} on it to create it. */
  private WindowCreation window(
      String name, String schedule, int hours, int cutoff, boolean unassociatedTargets) {
    return new WindowCreation(
        CreateMaintenanceWindowRequest.builder()
            .name(name)
            .schedule(schedule)
            .duration(hours)
            .cutoff(cutoff)
            .allowUnassociatedTargets(unassociatedTargets));
  }

  /** Collects a window's settings, then creates it through CreateMaintenanceWindow. */
  private final class WindowCreation {
    private final CreateMaintenanceWindowRequest.Builder request;

    WindowCreation(CreateMaintenanceWindowRequest.Builder request) {
      this.request = request;
    }

    WindowCreation startDate(String date) {
      request.startDate(date);
      return this;
    }

    WindowCreation endDate(String date) {
      request.endDate(date);
      return this;
    }

    WindowCreation description(String text) {
      request.description(text);
      return this;
    }

    String build() {
      return ssm.createMaintenanceWindow(request.clientToken(clientToken()).build()).windowId();
    }
  }

  private String target(String windowId, String name, List<String> instances, String owner) {
    return ssm.registerTargetWithMaintenanceWindow(
            RegisterTargetWithMaintenanceWindowRequest.builder()
                .windowId(windowId)
                .name(name)
                .resourceType(MaintenanceWindowResourceType.INSTANCE)
                .targets(Target.builder().key("InstanceIds").values(instances).build())
                .ownerInformation(owner)
                .clientToken(clientToken())
                .build())
        .windowTargetId();
  }

  private RegisterTaskWithMaintenanceWindowRequest.Builder task(
      String windowId, String name, MaintenanceWindowTaskType type, String arn) {
    return RegisterTaskWithMaintenanceWindowRequest.builder()
        .windowId(windowId)
        .clientToken(clientToken())
        .name(name)
        .taskType(type)
        .taskArn(arn);
  }

  private static Target windowTargets(String... windowTargetIds) {
    return Target.builder().key("WindowTargetIds").values(windowTargetIds).build();
  }

  /** Moves the demo's clock, running every window due up to {@code time}. */
  private void at(String time) {
    player.setClock(Instant.parse(time));
  }

  private void cancel(String windowExecutionId) {
    ssm.cancelMaintenanceWindowExecution(
        CancelMaintenanceWindowExecutionRequest.builder()
            .windowExecutionId(windowExecutionId)
            .build());
  }

  /** The id of the execution of {@code windowId} that started at {@code start}. */
  private String executionOf(String windowId, String start) {
    Instant startTime = Instant.parse(start);
    return ssm
        .describeMaintenanceWindowExecutions(
            DescribeMaintenanceWindowExecutionsRequest.builder()
                .windowId(windowId)
                .maxResults(100)
                .build())
        .windowExecutions()
        .stream()
        .filter(execution -> startTime.equals(execution.startTime()))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no run of " + windowId + " at " + start))
        .windowExecutionId();
  }

  /** A task execution of {@code windowExecutionId} with this ARN, for the printed commands. */
  String taskExecutionOf(String windowExecutionId, String taskArn) {
    return taskExecutions().stream()
        .filter(task -> task.windowExecutionId().equals(windowExecutionId))
        .filter(task -> task.taskArn().equals(taskArn))
        .findFirst()
        .orElseThrow()
        .taskExecutionId();
  }

  /** The task execution that failed in {@link #failedExecutionId()}. */
  public String failedTaskExecutionId() {
    return taskExecutionOf(failedExecutionId, SHELL);
  }

  /** An invocation of {@link #failedTaskExecutionId()}: the one that failed. */
  public String failedInvocationId() {
    return records.of(ExecutionTables.INVOCATIONS).stream()
        .filter(invocation -> invocation.taskExecutionId().equals(failedTaskExecutionId()))
        .filter(invocation -> "FAILED".equals(invocation.statusAsString()))
        .findFirst()
        .orElseThrow()
        .invocationId();
  }

  /**
   * A {@code ClientToken}, as the AWS CLI and SDKs send with every create (a random UUID); drawn
   * from the demo's generator, because the emulator stores it, and the demo must be the same on
   * every run.
   */
  private String clientToken() {
    return new UUID(random.nextLong(), random.nextLong()).toString();
  }

  /** An EC2 instance id: {@code i-} and 17 hex digits, drawn from the demo's generator. */
  private String instanceId() {
    StringBuilder id = new StringBuilder("i-0");
    for (int i = 0; i < 16; i++) {
      id.append(Character.forDigit(random.nextInt(16), 16));
    }
    return id.toString();
  }

  /** The fleet's instance {@code i}, named by its number so that it reads as a fleet. */
  private static String fleetInstance(int i) {
    return String.format("i-0f1ee7%011x", i);
  }

  private static String lambda(String function) {
    return "arn:aws:lambda:us-east-1:" + ACCOUNT + ":function:" + function;
  }
}
