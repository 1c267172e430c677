package io.shapeforge.samples.ssm.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapeforge.samples.ssm.emulator.SsmEmulator;
import io.shapeforge.samples.ssm.schedule.ManualClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.DescribeMaintenanceWindowsResponse;
import software.amazon.awssdk.services.ssm.model.DoesNotExistException;
import software.amazon.awssdk.services.ssm.model.GetMaintenanceWindowResponse;
import software.amazon.awssdk.services.ssm.model.GetMaintenanceWindowTaskResponse;
import software.amazon.awssdk.services.ssm.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.ssm.model.MaintenanceWindowFilter;
import software.amazon.awssdk.services.ssm.model.MaintenanceWindowResourceType;
import software.amazon.awssdk.services.ssm.model.MaintenanceWindowTarget;
import software.amazon.awssdk.services.ssm.model.MaintenanceWindowTask;
import software.amazon.awssdk.services.ssm.model.MaintenanceWindowTaskInvocationParameters;
import software.amazon.awssdk.services.ssm.model.MaintenanceWindowTaskType;
import software.amazon.awssdk.services.ssm.model.SsmException;
import software.amazon.awssdk.services.ssm.model.Target;
import software.amazon.awssdk.services.ssm.model.TargetInUseException;

/**
 * The 16 maintenance-window resource operations through the AWS SDK for Java v2's own {@code
 * SsmClient}, over HTTP, on a manual clock that stands at Monday 2027-01-04T00:00Z.
 *
 * <p>Facts asserted, with their source: the window id pattern {@code ^mw-[0-9a-f]{17}$} and the
 * UUID target and task ids (API reference, each operation's response elements); {@code Maintenance
 * window mw-... does not exist} (quoted by users, aws-samples/aws-security-reference-architecture-
 * examples#288); the filter keys of each Describe (API reference: DescribeMaintenanceWindows "Name
 * and Enabled", DescribeMaintenanceWindowTargets "Type, WindowTargetId, and OwnerInformation",
 * DescribeMaintenanceWindowTasks "WindowTaskId, TaskArn, Priority, and TaskType"); {@code Replace}
 * (API reference, UpdateMaintenanceWindow*: "If True, then all fields that are required by the ...
 * operation are also required for this API request. Optional fields that aren't specified are set
 * to null"); {@code Safe} (API reference, DeregisterTargetFromMaintenanceWindow: "If the target is
 * being referenced, the system returns an error and doesn't deregister the target"); the
 * placeholder {@code 1} of an untargeted task's MaxConcurrency and MaxErrors (API reference,
 * DescribeMaintenanceWindowTasks).
 */
class WindowsSdkTest {
  private static final Instant MONDAY = Instant.parse("2027-01-04T00:00:00Z");
  private static final String WINDOW_ID = "^mw-[0-9a-f]{17}$";
  private static final String UUID =
      "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";

  private static ManualClock clock;
  private static SsmEmulator emulator;
  private static SsmClient ssm;

  @BeforeAll
  static void start() {
    clock = ManualClock.startingAt(MONDAY);
    emulator = SsmEmulator.builder().port(0).clock(clock).build().start();
    ssm =
        SsmClient.builder()
            .endpointOverride(emulator.endpoint())
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
            .build();
  }

  @AfterAll
  static void stop() {
    ssm.close();
    emulator.close();
  }

  private static String weeklyWindow(String name) {
    return ssm.createMaintenanceWindow(
            r ->
                r.name(name)
                    .schedule("cron(0 2 ? * TUE *)")
                    .duration(3)
                    .cutoff(1)
                    .allowUnassociatedTargets(false)
                    .description("patch " + name))
        .windowId();
  }

  private static Target instances(String... ids) {
    return Target.builder().key("InstanceIds").values(ids).build();
  }

  @Test
  void aWindowIsCreatedReadUpdatedAndDeleted() {
    String id = weeklyWindow("lifecycle");
    assertTrue(id.matches(WINDOW_ID), id);

    GetMaintenanceWindowResponse window = ssm.getMaintenanceWindow(r -> r.windowId(id));
    assertEquals("lifecycle", window.name());
    assertEquals("patch lifecycle", window.description());
    assertEquals("cron(0 2 ? * TUE *)", window.schedule());
    assertEquals(3, window.duration());
    assertEquals(1, window.cutoff());
    assertFalse(window.allowUnassociatedTargets());
    assertTrue(window.enabled());
    assertEquals(MONDAY, window.createdDate());
    assertEquals(MONDAY, window.modifiedDate());
    assertEquals("2027-01-05T02:00Z", window.nextExecutionTime());

    clock.advance(java.time.Duration.ofMinutes(5));
    var renamed = ssm.updateMaintenanceWindow(r -> r.windowId(id).name("renamed").enabled(false));
    assertEquals("renamed", renamed.name());
    assertEquals("patch lifecycle", renamed.description(), "members not sent are kept");
    assertFalse(renamed.enabled());
    GetMaintenanceWindowResponse disabled = ssm.getMaintenanceWindow(r -> r.windowId(id));
    assertNull(disabled.nextExecutionTime(), "a disabled window has no next run");
    assertEquals(MONDAY.plusSeconds(300), disabled.modifiedDate());
    assertEquals(MONDAY, disabled.createdDate());

    SsmException incomplete =
        assertThrows(
            SsmException.class,
            () -> ssm.updateMaintenanceWindow(r -> r.windowId(id).replace(true).name("x-y-z")));
    assertEquals("ValidationException", incomplete.awsErrorDetails().errorCode());
    assertEquals(
        "Schedule, Duration, Cutoff, AllowUnassociatedTargets is required when Replace is true.",
        incomplete.awsErrorDetails().errorMessage());

    ssm.updateMaintenanceWindow(
        r ->
            r.windowId(id)
                .replace(true)
                .name("replaced")
                .schedule("rate(7 days)")
                .duration(2)
                .cutoff(0)
                .allowUnassociatedTargets(true));
    GetMaintenanceWindowResponse replaced = ssm.getMaintenanceWindow(r -> r.windowId(id));
    assertNull(replaced.description(), "Replace clears the optional members not sent");
    assertEquals("rate(7 days)", replaced.schedule());
    assertFalse(replaced.enabled(), "Enabled is no Create member: Replace keeps it");

    assertEquals(id, ssm.deleteMaintenanceWindow(r -> r.windowId(id)).windowId());
    DoesNotExistException gone =
        assertThrows(
            DoesNotExistException.class, () -> ssm.getMaintenanceWindow(r -> r.windowId(id)));
    assertEquals(
        "Maintenance window " + id + " does not exist", gone.awsErrorDetails().errorMessage());
    // DeleteMaintenanceWindow declares no DoesNotExistException (API reference): a repeat succeeds.
    assertEquals(id, ssm.deleteMaintenanceWindow(r -> r.windowId(id)).windowId());
  }

  @Test
  void aBadScheduleIsRefusedAndNothingIsCreated() {
    int before =
        ssm.describeMaintenanceWindows(r -> r.filters(name("bad-schedule")))
            .windowIdentities()
            .size();
    SsmException bad =
        assertThrows(
            SsmException.class,
            () ->
                ssm.createMaintenanceWindow(
                    r ->
                        r.name("bad-schedule")
                            .schedule("cron(0 2 * * *)")
                            .duration(3)
                            .cutoff(1)
                            .allowUnassociatedTargets(false)));
    assertEquals("ValidationException", bad.awsErrorDetails().errorCode());
    assertTrue(
        bad.awsErrorDetails()
            .errorMessage()
            .startsWith("Invalid schedule expression 'cron(0 2 * * *)'"));
    SsmException cutoff =
        assertThrows(
            SsmException.class,
            () ->
                ssm.createMaintenanceWindow(
                    r ->
                        r.name("bad-schedule")
                            .schedule("rate(1 day)")
                            .duration(2)
                            .cutoff(2)
                            .allowUnassociatedTargets(false)));
    assertEquals(
        "The cutoff must be less than the duration of the maintenance window.",
        cutoff.awsErrorDetails().errorMessage());
    assertEquals(
        before,
        ssm.describeMaintenanceWindows(r -> r.filters(name("bad-schedule")))
            .windowIdentities()
            .size());
  }

  private static MaintenanceWindowFilter name(String name) {
    return MaintenanceWindowFilter.builder().key("Name").values(name).build();
  }

  @Test
  void aClientTokenReplaysTheFirstAnswerAndRefusesOtherParameters() {
    String first =
        ssm.createMaintenanceWindow(
                r ->
                    r.name("token")
                        .schedule("rate(1 day)")
                        .duration(2)
                        .cutoff(1)
                        .allowUnassociatedTargets(true)
                        .clientToken("token-window-1"))
            .windowId();
    String again =
        ssm.createMaintenanceWindow(
                r ->
                    r.name("token")
                        .schedule("rate(1 day)")
                        .duration(2)
                        .cutoff(1)
                        .allowUnassociatedTargets(true)
                        .clientToken("token-window-1"))
            .windowId();
    assertEquals(first, again);
    IdempotentParameterMismatchException mismatch =
        assertThrows(
            IdempotentParameterMismatchException.class,
            () ->
                ssm.createMaintenanceWindow(
                    r ->
                        r.name("token")
                            .schedule("rate(2 days)")
                            .duration(2)
                            .cutoff(1)
                            .allowUnassociatedTargets(true)
                            .clientToken("token-window-1")));
    assertEquals("IdempotentParameterMismatch", mismatch.awsErrorDetails().errorCode());
    assertEquals(
        1, ssm.describeMaintenanceWindows(r -> r.filters(name("token"))).windowIdentities().size());

    String target =
        ssm.registerTargetWithMaintenanceWindow(
                r ->
                    r.windowId(first)
                        .resourceType(MaintenanceWindowResourceType.INSTANCE)
                        .targets(instances("i-1"))
                        .clientToken("token-target-1"))
            .windowTargetId();
    assertEquals(
        target,
        ssm.registerTargetWithMaintenanceWindow(
                r ->
                    r.windowId(first)
                        .resourceType(MaintenanceWindowResourceType.INSTANCE)
                        .targets(instances("i-1"))
                        .clientToken("token-target-1"))
            .windowTargetId());
  }

  @Test
  void describeWindowsFiltersByNameAndEnabledAndRefusesOtherKeys() {
    String on = weeklyWindow("filter-on");
    String off = weeklyWindow("filter-off");
    ssm.updateMaintenanceWindow(r -> r.windowId(off).enabled(false));

    List<String> disabledIds = new ArrayList<>();
    ssm.describeMaintenanceWindowsPaginator(
            r ->
                r.filters(MaintenanceWindowFilter.builder().key("Enabled").values("False").build()))
        .windowIdentities()
        .forEach(w -> disabledIds.add(w.windowId()));
    assertTrue(disabledIds.contains(off));
    assertFalse(disabledIds.contains(on));

    DescribeMaintenanceWindowsResponse byName =
        ssm.describeMaintenanceWindows(r -> r.filters(name("filter-on")));
    assertEquals(1, byName.windowIdentities().size());
    var identity = byName.windowIdentities().get(0);
    assertEquals(on, identity.windowId());
    assertEquals("cron(0 2 ? * TUE *)", identity.schedule());
    assertEquals("2027-01-05T02:00Z", identity.nextExecutionTime());

    SsmException unknown =
        assertThrows(
            SsmException.class,
            () ->
                ssm.describeMaintenanceWindows(
                    r ->
                        r.filters(
                            MaintenanceWindowFilter.builder().key("Owner").values("me").build(),
                            MaintenanceWindowFilter.builder()
                                .key("Enabled")
                                .values("maybe")
                                .build())));
    assertEquals("ValidationException", unknown.awsErrorDetails().errorCode());
    assertEquals(
        "2 validation errors detected: Value 'Owner' at 'filters.1.member.key' failed to satisfy"
            + " constraint: Member must satisfy enum value set: [Name, Enabled]; Value 'maybe' at"
            + " 'filters.2.member.values.1.member' failed to satisfy constraint: Member must satisfy enum"
            + " value set: [true, false]",
        unknown.awsErrorDetails().errorMessage());
  }

  @Test
  void theSdkPaginatorReturnsTwentyFiveWindowsOnceEach() {
    Set<String> created = new HashSet<>();
    for (int i = 0; i < 25; i++) {
      created.add(weeklyWindow("paged-" + i));
    }
    List<String> seen = new ArrayList<>();
    Set<String> tokens = new HashSet<>();
    int pages = 0;
    for (DescribeMaintenanceWindowsResponse page :
        ssm.describeMaintenanceWindowsPaginator(r -> r.maxResults(10))) {
      page.windowIdentities().forEach(w -> seen.add(w.windowId()));
      if (page.nextToken() != null) {
        assertTrue(tokens.add(page.nextToken()), "a next token repeated");
      }
      pages++;
    }
    assertEquals(seen.size(), new HashSet<>(seen).size(), "a window came twice");
    assertTrue(seen.containsAll(created));
    assertEquals((seen.size() + 9) / 10, pages);
  }

  @Test
  void targetsAreRegisteredFilteredUpdatedAndDeregisteredSafely() {
    String window = weeklyWindow("targets");
    String web =
        ssm.registerTargetWithMaintenanceWindow(
                r ->
                    r.windowId(window)
                        .resourceType(MaintenanceWindowResourceType.INSTANCE)
                        .targets(instances("i-0123456789abcdef0"))
                        .ownerInformation("web")
                        .name("web"))
            .windowTargetId();
    String group =
        ssm.registerTargetWithMaintenanceWindow(
                r ->
                    r.windowId(window)
                        .resourceType(MaintenanceWindowResourceType.RESOURCE_GROUP)
                        .targets(Target.builder().key("resource-groups:Name").values("db").build()))
            .windowTargetId();
    assertTrue(web.matches(UUID), web);

    List<MaintenanceWindowTarget> all =
        ssm.describeMaintenanceWindowTargets(r -> r.windowId(window)).targets();
    assertEquals(2, all.size());
    List<MaintenanceWindowTarget> instancesOnly =
        ssm.describeMaintenanceWindowTargets(
                r ->
                    r.windowId(window)
                        .filters(
                            MaintenanceWindowFilter.builder()
                                .key("Type")
                                .values("INSTANCE")
                                .build()))
            .targets();
    assertEquals(1, instancesOnly.size());
    MaintenanceWindowTarget target = instancesOnly.get(0);
    assertEquals(web, target.windowTargetId());
    assertEquals(window, target.windowId());
    assertEquals("web", target.ownerInformation());
    assertEquals(List.of(instances("i-0123456789abcdef0")), target.targets());
    assertEquals(
        List.of(group),
        ssm
            .describeMaintenanceWindowTargets(
                r ->
                    r.windowId(window)
                        .filters(
                            MaintenanceWindowFilter.builder()
                                .key("WindowTargetId")
                                .values(group)
                                .build()))
            .targets()
            .stream()
            .map(MaintenanceWindowTarget::windowTargetId)
            .toList());

    var updated =
        ssm.updateMaintenanceWindowTarget(
            r -> r.windowId(window).windowTargetId(web).ownerInformation("frontend"));
    assertEquals("frontend", updated.ownerInformation());
    assertEquals("web", updated.name(), "members not sent are kept");
    assertEquals(List.of(instances("i-0123456789abcdef0")), updated.targets());

    String task =
        ssm.registerTaskWithMaintenanceWindow(
                r ->
                    r.windowId(window)
                        .taskArn("AWS-RunPatchBaseline")
                        .taskType(MaintenanceWindowTaskType.RUN_COMMAND)
                        .targets(Target.builder().key("WindowTargetIds").values(web).build())
                        .maxConcurrency("1")
                        .maxErrors("1"))
            .windowTaskId();
    TargetInUseException inUse =
        assertThrows(
            TargetInUseException.class,
            () ->
                ssm.deregisterTargetFromMaintenanceWindow(
                    r -> r.windowId(window).windowTargetId(web).safe(true)));
    assertEquals(
        "Target "
            + web
            + " is referenced by task "
            + task
            + ". Deregister it with Safe set to false, or update the task first.",
        inUse.awsErrorDetails().errorMessage());
    assertEquals(2, ssm.describeMaintenanceWindowTargets(r -> r.windowId(window)).targets().size());

    var removed =
        ssm.deregisterTargetFromMaintenanceWindow(
            r -> r.windowId(window).windowTargetId(web).safe(false));
    assertEquals(web, removed.windowTargetId());
    assertEquals(1, ssm.describeMaintenanceWindowTargets(r -> r.windowId(window)).targets().size());
    DoesNotExistException again =
        assertThrows(
            DoesNotExistException.class,
            () ->
                ssm.deregisterTargetFromMaintenanceWindow(
                    r -> r.windowId(window).windowTargetId(web)));
    assertEquals(
        "Maintenance window target " + web + " does not exist in " + window,
        again.awsErrorDetails().errorMessage());

    DoesNotExistException noWindow =
        assertThrows(
            DoesNotExistException.class,
            () -> ssm.describeMaintenanceWindowTargets(r -> r.windowId("mw-0123456789abcdef0")));
    assertEquals(
        "Maintenance window mw-0123456789abcdef0 does not exist",
        noWindow.awsErrorDetails().errorMessage());
  }

  @Test
  void tasksOfAllFourTypesKeepTheirInvocationParameters() {
    String window = weeklyWindow("tasks");
    Map<MaintenanceWindowTaskType, MaintenanceWindowTaskInvocationParameters> parameters =
        Map.of(
            MaintenanceWindowTaskType.RUN_COMMAND,
            MaintenanceWindowTaskInvocationParameters.builder()
                .runCommand(
                    c ->
                        c.comment("patch")
                            .timeoutSeconds(600)
                            .parameters(Map.of("Operation", List.of("Install"))))
                .build(),
            MaintenanceWindowTaskType.AUTOMATION,
            MaintenanceWindowTaskInvocationParameters.builder()
                .automation(
                    a ->
                        a.documentVersion("$LATEST")
                            .parameters(Map.of("InstanceId", List.of("{{RESOURCE_ID}}"))))
                .build(),
            MaintenanceWindowTaskType.STEP_FUNCTIONS,
            MaintenanceWindowTaskInvocationParameters.builder()
                .stepFunctions(s -> s.name("run-1").input("{\"a\":1}"))
                .build(),
            MaintenanceWindowTaskType.LAMBDA,
            MaintenanceWindowTaskInvocationParameters.builder()
                .lambda(l -> l.qualifier("$LATEST").payload(SdkBytes.fromUtf8String("{\"b\":2}")))
                .build());
    Map<MaintenanceWindowTaskType, String> ids =
        new java.util.EnumMap<>(MaintenanceWindowTaskType.class);
    int priority = 1;
    for (var entry : parameters.entrySet()) {
      int p = priority++;
      ids.put(
          entry.getKey(),
          ssm.registerTaskWithMaintenanceWindow(
                  r ->
                      r.windowId(window)
                          .taskArn("arn-" + entry.getKey())
                          .taskType(entry.getKey())
                          .priority(p)
                          .taskInvocationParameters(entry.getValue()))
              .windowTaskId());
    }
    for (var entry : parameters.entrySet()) {
      String id = ids.get(entry.getKey());
      GetMaintenanceWindowTaskResponse task =
          ssm.getMaintenanceWindowTask(r -> r.windowId(window).windowTaskId(id));
      assertEquals(entry.getKey(), task.taskType());
      assertEquals(entry.getValue(), task.taskInvocationParameters());
      assertEquals("1", task.maxConcurrency(), "an untargeted task's placeholder");
      assertEquals("1", task.maxErrors(), "an untargeted task's placeholder");
    }

    List<MaintenanceWindowTask> lambdas =
        ssm.describeMaintenanceWindowTasks(
                r ->
                    r.windowId(window)
                        .filters(
                            MaintenanceWindowFilter.builder()
                                .key("TaskType")
                                .values("LAMBDA")
                                .build()))
            .tasks();
    assertEquals(1, lambdas.size());
    assertEquals(ids.get(MaintenanceWindowTaskType.LAMBDA), lambdas.get(0).windowTaskId());
    assertEquals(MaintenanceWindowTaskType.LAMBDA, lambdas.get(0).type());
    assertEquals(4, ssm.describeMaintenanceWindowTasks(r -> r.windowId(window)).tasks().size());
    SsmException badPriority =
        assertThrows(
            SsmException.class,
            () ->
                ssm.describeMaintenanceWindowTasks(
                    r ->
                        r.windowId(window)
                            .filters(
                                MaintenanceWindowFilter.builder()
                                    .key("Priority")
                                    .values("high")
                                    .build())));
    assertEquals(
        "1 validation error detected: Value 'high' at 'filters.1.member.values.1.member' failed to satisfy"
            + " constraint: Member must be an integer",
        badPriority.awsErrorDetails().errorMessage());

    String lambda = ids.get(MaintenanceWindowTaskType.LAMBDA);
    var partial =
        ssm.updateMaintenanceWindowTask(r -> r.windowId(window).windowTaskId(lambda).priority(9));
    assertEquals(9, partial.priority());
    assertEquals(
        parameters.get(MaintenanceWindowTaskType.LAMBDA), partial.taskInvocationParameters());
    var replaced =
        ssm.updateMaintenanceWindowTask(
            r -> r.windowId(window).windowTaskId(lambda).replace(true).taskArn("arn-new"));
    assertEquals("arn-new", replaced.taskArn());
    assertNull(replaced.priority(), "Replace clears the optional members not sent");
    assertFalse(replaced.hasTaskParameters() && !replaced.taskParameters().isEmpty());
    assertNull(replaced.taskInvocationParameters());

    assertEquals(
        lambda,
        ssm.deregisterTaskFromMaintenanceWindow(r -> r.windowId(window).windowTaskId(lambda))
            .windowTaskId());
    DoesNotExistException gone =
        assertThrows(
            DoesNotExistException.class,
            () -> ssm.getMaintenanceWindowTask(r -> r.windowId(window).windowTaskId(lambda)));
    assertEquals(
        "Maintenance window task " + lambda + " does not exist in " + window,
        gone.awsErrorDetails().errorMessage());
  }

  @Test
  void deletingAWindowDeletesItsTargetsAndTasks() {
    String window = weeklyWindow("cascade");
    String kept = weeklyWindow("cascade-kept");
    for (String id : List.of(window, kept)) {
      ssm.registerTargetWithMaintenanceWindow(
          r ->
              r.windowId(id)
                  .resourceType(MaintenanceWindowResourceType.INSTANCE)
                  .targets(instances("i-cascade")));
      ssm.registerTaskWithMaintenanceWindow(
          r ->
              r.windowId(id)
                  .taskArn("AWS-RunShellScript")
                  .taskType(MaintenanceWindowTaskType.RUN_COMMAND));
    }
    long targets = emulator.store().table(MaintenanceWindowTables.TARGETS).size();
    long tasks = emulator.store().table(MaintenanceWindowTables.TASKS).size();

    ssm.deleteMaintenanceWindow(r -> r.windowId(window));

    assertEquals(targets - 1, emulator.store().table(MaintenanceWindowTables.TARGETS).size());
    assertEquals(tasks - 1, emulator.store().table(MaintenanceWindowTables.TASKS).size());
    assertEquals(1, ssm.describeMaintenanceWindowTargets(r -> r.windowId(kept)).targets().size());
    assertEquals(1, ssm.describeMaintenanceWindowTasks(r -> r.windowId(kept)).tasks().size());
    assertThrows(
        DoesNotExistException.class,
        () -> ssm.describeMaintenanceWindowTasks(r -> r.windowId(window)));
  }

  @Test
  void windowsForATargetAndTheScheduleComeFromRegisteredTargets() {
    String weekly = weeklyWindow("for-target");
    String daily =
        ssm.createMaintenanceWindow(
                r ->
                    r.name("for-target-daily")
                        .schedule("cron(30 23 * * ? *)")
                        .duration(2)
                        .cutoff(1)
                        .allowUnassociatedTargets(false))
            .windowId();
    for (String id : List.of(weekly, daily)) {
      ssm.registerTargetWithMaintenanceWindow(
          r ->
              r.windowId(id)
                  .resourceType(MaintenanceWindowResourceType.INSTANCE)
                  .targets(instances("i-for-target", "i-other")));
    }
    Set<String> found = new HashSet<>();
    ssm.describeMaintenanceWindowsForTargetPaginator(
            r ->
                r.resourceType(MaintenanceWindowResourceType.INSTANCE)
                    .targets(Target.builder().key("InstanceIds").values("i-for-target").build())
                    .maxResults(1))
        .windowIdentities()
        .forEach(w -> assertTrue(found.add(w.windowId()), "a window came twice"));
    assertEquals(Set.of(weekly, daily), found);
    assertTrue(
        ssm.describeMaintenanceWindowsForTarget(
                r ->
                    r.resourceType(MaintenanceWindowResourceType.RESOURCE_GROUP)
                        .targets(
                            Target.builder().key("InstanceIds").values("i-for-target").build()))
            .windowIdentities()
            .isEmpty());

    var runs =
        ssm.describeMaintenanceWindowSchedule(r -> r.windowId(weekly).maxResults(2))
            .scheduledWindowExecutions();
    assertEquals(
        List.of("2027-01-05T02:00Z", "2027-01-12T02:00Z"),
        runs.stream().map(run -> run.executionTime()).toList());
    assertEquals("for-target", runs.get(0).name());

    List<String> merged = new ArrayList<>();
    ssm
        .describeMaintenanceWindowSchedulePaginator(
            r ->
                r.resourceType(MaintenanceWindowResourceType.INSTANCE)
                    .targets(Target.builder().key("InstanceIds").values("i-for-target").build())
                    .maxResults(3))
        .scheduledWindowExecutions()
        .stream()
        .limit(4)
        .forEach(run -> merged.add(run.windowId() + "@" + run.executionTime()));
    assertEquals(
        List.of(
            daily + "@2027-01-04T23:30Z",
            weekly + "@2027-01-05T02:00Z",
            daily + "@2027-01-05T23:30Z",
            daily + "@2027-01-06T23:30Z"),
        merged);
    DoesNotExistException missing =
        assertThrows(
            DoesNotExistException.class,
            () -> ssm.describeMaintenanceWindowSchedule(r -> r.windowId("mw-0123456789abcdef0")));
    assertEquals(
        "Maintenance window mw-0123456789abcdef0 does not exist",
        missing.awsErrorDetails().errorMessage());
  }
}
