package io.shapeforge.samples.ssm.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapeforge.samples.ssm.junit.EmulatorClock;
import io.shapeforge.samples.ssm.junit.EmulatorEndpoint;
import io.shapeforge.samples.ssm.junit.SsmEmulatorExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.DoesNotExistException;
import software.amazon.awssdk.services.ssm.model.GetMaintenanceWindowExecutionResponse;
import software.amazon.awssdk.services.ssm.model.GetMaintenanceWindowExecutionTaskResponse;
import software.amazon.awssdk.services.ssm.model.GetMaintenanceWindowResponse;
import software.amazon.awssdk.services.ssm.model.MaintenanceWindowExecution;
import software.amazon.awssdk.services.ssm.model.MaintenanceWindowExecutionStatus;
import software.amazon.awssdk.services.ssm.model.MaintenanceWindowExecutionTaskIdentity;
import software.amazon.awssdk.services.ssm.model.MaintenanceWindowExecutionTaskInvocationIdentity;
import software.amazon.awssdk.services.ssm.model.MaintenanceWindowIdentity;
import software.amazon.awssdk.services.ssm.model.MaintenanceWindowIdentityForTarget;
import software.amazon.awssdk.services.ssm.model.MaintenanceWindowResourceType;
import software.amazon.awssdk.services.ssm.model.MaintenanceWindowTaskType;
import software.amazon.awssdk.services.ssm.model.ScheduledWindowExecution;
import software.amazon.awssdk.services.ssm.model.Target;

/**
 * All 23 maintenance-window operations in one lifecycle, with the AWS SDK for Java v2's own {@code
 * SsmClient} on a manual clock and through the API only: a window, its targets and tasks are
 * created by the operations, the clock is moved through the control plane, and what the scheduler
 * ran is read back through every execution operation. The two halves of the family (the resource
 * operations and the scheduler) meet here: the schedule the window operations list is the one the
 * scheduler runs.
 */
@ExtendWith(SsmEmulatorExtension.class)
@EmulatorClock("manual@2027-01-04T00:00:00Z")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WindowFamilySdkTest {
  private static final Instant START = Instant.parse("2027-01-04T00:00:00Z");
  private static final String WEEKLY = "cron(0 2 ? * MON *)";

  @EmulatorEndpoint URI endpoint;

  private String controlPlane(String path, String body) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(endpoint.resolve("/_shapeforge/" + path))
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return response.body();
  }

  private void advance(Duration amount) throws Exception {
    controlPlane("clock", "{\"advanceSeconds\": " + amount.toSeconds() + "}");
  }

  private static Instant instant(String executionTime) {
    return OffsetDateTime.parse(executionTime).toInstant();
  }

  private static List<MaintenanceWindowExecution> executions(SsmClient ssm, String windowId) {
    return ssm
        .describeMaintenanceWindowExecutionsPaginator(r -> r.windowId(windowId))
        .windowExecutions()
        .stream()
        .toList();
  }

  private static Target instances(String... ids) {
    return Target.builder().key("InstanceIds").values(ids).build();
  }

  // The tests share one emulator and its clock, which only moves forward: they run in this order.
  @Test
  @Order(1)
  void aWindowCreatedThroughTheApiRunsAndEveryOperationAgrees(SsmClient ssm) throws Exception {
    // Resources: create, read, and the target and task operations, all through the API.
    String windowId =
        ssm.createMaintenanceWindow(
                r ->
                    r.name("family-weekly")
                        .schedule(WEEKLY)
                        .duration(4)
                        .cutoff(1)
                        .allowUnassociatedTargets(false))
            .windowId();
    GetMaintenanceWindowResponse window = ssm.getMaintenanceWindow(r -> r.windowId(windowId));
    assertEquals(START, window.createdDate(), "the emulator clock dates a new window");
    assertEquals(START, window.modifiedDate());
    assertTrue(window.enabled());

    String targetId =
        ssm.registerTargetWithMaintenanceWindow(
                r ->
                    r.windowId(windowId)
                        .resourceType(MaintenanceWindowResourceType.INSTANCE)
                        .targets(instances("i-0a", "i-0b"))
                        .ownerInformation("first owner"))
            .windowTargetId();
    String spareTarget =
        ssm.registerTargetWithMaintenanceWindow(
                r ->
                    r.windowId(windowId)
                        .resourceType(MaintenanceWindowResourceType.INSTANCE)
                        .targets(instances("i-0c")))
            .windowTargetId();
    ssm.updateMaintenanceWindowTarget(
        r -> r.windowId(windowId).windowTargetId(targetId).ownerInformation("web owner"));
    assertEquals(
        spareTarget,
        ssm.deregisterTargetFromMaintenanceWindow(
                r -> r.windowId(windowId).windowTargetId(spareTarget))
            .windowTargetId());
    var targets = ssm.describeMaintenanceWindowTargets(r -> r.windowId(windowId)).targets();
    assertEquals(List.of(targetId), targets.stream().map(t -> t.windowTargetId()).toList());
    assertEquals("web owner", targets.get(0).ownerInformation());

    String shellTask =
        ssm.registerTaskWithMaintenanceWindow(
                r ->
                    r.windowId(windowId)
                        .taskArn("AWS-RunShellScript")
                        .taskType(MaintenanceWindowTaskType.RUN_COMMAND)
                        .priority(1)
                        .targets(Target.builder().key("WindowTargetIds").values(targetId).build())
                        .maxConcurrency("10")
                        .maxErrors("1"))
            .windowTaskId();
    String patchTask =
        ssm.registerTaskWithMaintenanceWindow(
                r ->
                    r.windowId(windowId)
                        .taskArn("AWS-RunPatchBaseline")
                        .taskType(MaintenanceWindowTaskType.RUN_COMMAND)
                        .priority(2)
                        .targets(Target.builder().key("WindowTargetIds").values(targetId).build())
                        .maxConcurrency("10")
                        .maxErrors("1"))
            .windowTaskId();
    String spareTask =
        ssm.registerTaskWithMaintenanceWindow(
                r ->
                    r.windowId(windowId)
                        .taskArn("AWS-RunShellScript")
                        .taskType(MaintenanceWindowTaskType.RUN_COMMAND)
                        .priority(3))
            .windowTaskId();
    assertEquals(
        spareTask,
        ssm.deregisterTaskFromMaintenanceWindow(r -> r.windowId(windowId).windowTaskId(spareTask))
            .windowTaskId());
    ssm.updateMaintenanceWindowTask(
        r -> r.windowId(windowId).windowTaskId(patchTask).description("patch after the shell"));
    assertEquals(
        "patch after the shell",
        ssm.getMaintenanceWindowTask(r -> r.windowId(windowId).windowTaskId(patchTask))
            .description());
    assertEquals(2, ssm.describeMaintenanceWindowTasks(r -> r.windowId(windowId)).tasks().size());
    List<MaintenanceWindowIdentityForTarget> forTarget =
        ssm.describeMaintenanceWindowsForTarget(
                r ->
                    r.resourceType(MaintenanceWindowResourceType.INSTANCE)
                        .targets(instances("i-0b")))
            .windowIdentities();
    assertEquals(List.of(windowId), forTarget.stream().map(w -> w.windowId()).toList());

    // The schedule: the listing, NextExecutionTime and (below) the scheduler name the same run.
    List<ScheduledWindowExecution> schedule =
        ssm.describeMaintenanceWindowSchedule(r -> r.windowId(windowId).maxResults(2))
            .scheduledWindowExecutions();
    assertEquals(
        List.of("2027-01-04T02:00Z", "2027-01-11T02:00Z"),
        schedule.stream().map(ScheduledWindowExecution::executionTime).toList());
    assertEquals(
        schedule.get(0).executionTime(),
        ssm.getMaintenanceWindow(r -> r.windowId(windowId)).nextExecutionTime());
    List<MaintenanceWindowIdentity> described =
        ssm.describeMaintenanceWindows(r -> r.filters(f -> f.key("Name").values("family-weekly")))
            .windowIdentities();
    assertEquals(List.of(windowId), described.stream().map(w -> w.windowId()).toList());
    assertEquals(schedule.get(0).executionTime(), described.get(0).nextExecutionTime());
    Instant firstRun = instant(schedule.get(0).executionTime());
    assertEquals(List.of(), executions(ssm, windowId));

    advance(Duration.ofHours(3));

    // The execution, in Describe and Get.
    List<MaintenanceWindowExecution> listed = executions(ssm, windowId);
    assertEquals(1, listed.size());
    MaintenanceWindowExecution execution = listed.get(0);
    assertEquals(MaintenanceWindowExecutionStatus.SUCCESS, execution.status());
    assertEquals(firstRun, execution.startTime(), "the run the schedule listed");
    assertEquals(firstRun.plusSeconds(120), execution.endTime(), "two priorities of 60 s each");
    String executionId = execution.windowExecutionId();
    GetMaintenanceWindowExecutionResponse got = DescribeGetAgreement.execution(ssm, execution);
    assertEquals(
        "2027-01-11T02:00Z",
        ssm.getMaintenanceWindow(r -> r.windowId(windowId)).nextExecutionTime(),
        "after the run, the next one");

    // Its tasks: Describe lists what Get answers, and the tasks are the registered ones.
    List<MaintenanceWindowExecutionTaskIdentity> tasks =
        ssm.describeMaintenanceWindowExecutionTasks(r -> r.windowExecutionId(executionId))
            .windowExecutionTaskIdentities();
    assertEquals(
        got.taskIds().stream().sorted().toList(),
        tasks.stream()
            .map(MaintenanceWindowExecutionTaskIdentity::taskExecutionId)
            .sorted()
            .toList());
    assertEquals(
        List.of("AWS-RunPatchBaseline", "AWS-RunShellScript"),
        tasks.stream().map(MaintenanceWindowExecutionTaskIdentity::taskArn).sorted().toList());
    for (MaintenanceWindowExecutionTaskIdentity identity : tasks) {
      GetMaintenanceWindowExecutionTaskResponse task =
          DescribeGetAgreement.task(ssm, executionId, identity);
      assertEquals("RUN_COMMAND", task.typeAsString());
      assertEquals(
          identity.taskArn().equals("AWS-RunShellScript") ? firstRun : firstRun.plusSeconds(60),
          task.startTime(),
          "priority 1 runs first");

      // Its invocations, one per instance of the registered target, in Describe and Get.
      List<MaintenanceWindowExecutionTaskInvocationIdentity> invocations =
          ssm.describeMaintenanceWindowExecutionTaskInvocations(
                  r -> r.windowExecutionId(executionId).taskId(identity.taskExecutionId()))
              .windowExecutionTaskInvocationIdentities();
      assertEquals(2, invocations.size());
      for (MaintenanceWindowExecutionTaskInvocationIdentity invocation : invocations) {
        assertEquals(MaintenanceWindowExecutionStatus.SUCCESS, invocation.status());
        assertEquals(targetId, invocation.windowTargetId());
        assertEquals("web owner", invocation.ownerInformation(), "the updated target's owner");
        DescribeGetAgreement.invocation(ssm, executionId, identity.taskExecutionId(), invocation);
      }
    }

    // A scripted outcome: the shell script fails on i-0b, so the next run is FAILED.
    controlPlane(
        "outcomes",
        "{\"rules\": [{\"taskArn\": \"AWS-RunShellScript\", \"instanceId\": \"i-0b\","
            + " \"status\": \"FAILED\", \"statusDetails\": \"Failed\", \"durationSeconds\": 30}]}");
    advance(Duration.ofDays(7));
    List<MaintenanceWindowExecution> twoRuns = executions(ssm, windowId);
    assertEquals(2, twoRuns.size());
    MaintenanceWindowExecution failed = twoRuns.get(0);
    assertEquals(firstRun.plus(Duration.ofDays(7)), failed.startTime());
    assertEquals(MaintenanceWindowExecutionStatus.FAILED, failed.status());
    MaintenanceWindowExecutionTaskIdentity failedShell =
        ssm
            .describeMaintenanceWindowExecutionTasks(
                r -> r.windowExecutionId(failed.windowExecutionId()))
            .windowExecutionTaskIdentities()
            .stream()
            .filter(t -> t.taskArn().equals("AWS-RunShellScript"))
            .findFirst()
            .orElseThrow();
    assertEquals(MaintenanceWindowExecutionStatus.FAILED, failedShell.status());
    List<MaintenanceWindowExecutionTaskInvocationIdentity> failedInvocations =
        ssm.describeMaintenanceWindowExecutionTaskInvocations(
                r ->
                    r.windowExecutionId(failed.windowExecutionId())
                        .taskId(failedShell.taskExecutionId())
                        .filters(f -> f.key("STATUS").values("FAILED")))
            .windowExecutionTaskInvocationIdentities();
    assertEquals(1, failedInvocations.size(), "only i-0b failed");
    assertEquals(
        "Failed",
        ssm.getMaintenanceWindowExecutionTaskInvocation(
                r ->
                    r.windowExecutionId(failed.windowExecutionId())
                        .taskId(failedShell.taskExecutionId())
                        .invocationId(failedInvocations.get(0).invocationId()))
            .statusDetails());

    // Cancel a running one: every invocation now takes ten minutes, and the run is cancelled 30 s
    // after it starts (the clock stands at 03:00 on a Monday; the next run is at 02:00 in a week).
    controlPlane("outcomes", "{\"rules\": [{\"status\": \"SUCCESS\", \"durationSeconds\": 600}]}");
    advance(Duration.ofDays(7).minusHours(1).plusSeconds(30));
    MaintenanceWindowExecution running = executions(ssm, windowId).get(0);
    assertEquals(firstRun.plus(Duration.ofDays(14)), running.startTime());
    assertEquals(MaintenanceWindowExecutionStatus.IN_PROGRESS, running.status());
    assertEquals(
        running.windowExecutionId(),
        ssm.cancelMaintenanceWindowExecution(r -> r.windowExecutionId(running.windowExecutionId()))
            .windowExecutionId());
    advance(Duration.ZERO);
    GetMaintenanceWindowExecutionResponse cancelled =
        ssm.getMaintenanceWindowExecution(r -> r.windowExecutionId(running.windowExecutionId()));
    assertEquals(MaintenanceWindowExecutionStatus.CANCELLED, cancelled.status());
    assertEquals(1, cancelled.taskIds().size(), "the second priority never started");

    // Disable the window through UpdateMaintenanceWindow: no next run, no listed runs, no new runs.
    controlPlane("outcomes", "{\"rules\": []}");
    ssm.updateMaintenanceWindow(r -> r.windowId(windowId).enabled(false));
    GetMaintenanceWindowResponse disabled = ssm.getMaintenanceWindow(r -> r.windowId(windowId));
    assertFalse(disabled.enabled());
    assertNull(disabled.nextExecutionTime());
    assertEquals(
        List.of(windowId),
        ssm
            .describeMaintenanceWindows(r -> r.filters(f -> f.key("Enabled").values("false")))
            .windowIdentities()
            .stream()
            .map(w -> w.windowId())
            .toList());
    assertEquals(
        List.of(),
        ssm.describeMaintenanceWindowSchedule(r -> r.windowId(windowId))
            .scheduledWindowExecutions());
    advance(Duration.ofDays(21));
    assertEquals(3, executions(ssm, windowId).size());

    // Delete it: the window, its targets and its tasks are gone.
    assertEquals(windowId, ssm.deleteMaintenanceWindow(r -> r.windowId(windowId)).windowId());
    assertThrows(
        DoesNotExistException.class, () -> ssm.getMaintenanceWindow(r -> r.windowId(windowId)));
    assertThrows(
        DoesNotExistException.class,
        () -> ssm.describeMaintenanceWindowTargets(r -> r.windowId(windowId)));
    assertThrows(
        DoesNotExistException.class,
        () -> ssm.describeMaintenanceWindowTasks(r -> r.windowId(windowId)));
    assertThrows(
        DoesNotExistException.class,
        () -> ssm.getMaintenanceWindowTask(r -> r.windowId(windowId).windowTaskId(shellTask)));
    assertEquals(
        List.of(),
        ssm.describeMaintenanceWindowsForTarget(
                r ->
                    r.resourceType(MaintenanceWindowResourceType.INSTANCE)
                        .targets(instances("i-0b")))
            .windowIdentities());
  }

  /**
   * A rate window counts from its last change: once updated, its listed schedule and the runs the
   * scheduler makes both restart from the update (UpdateMaintenanceWindow's StartDate: "When using
   * a rate schedule, if you provide a start date that occurs in the past, the current date and time
   * are used as the start date"). Before the scheduler and the listing agreed on this anchor, the
   * scheduler ran the window on the creation's count, at times the listing never showed.
   */
  @Test
  @Order(2)
  void anUpdatedRateWindowRunsWhenItsScheduleSays(SsmClient ssm) throws Exception {
    String windowId =
        ssm.createMaintenanceWindow(
                r ->
                    r.name("family-daily-rate")
                        .schedule("rate(1 day)")
                        .duration(2)
                        .cutoff(1)
                        .allowUnassociatedTargets(true))
            .windowId();
    advance(Duration.ofHours(6));
    ssm.updateMaintenanceWindow(r -> r.windowId(windowId).description("counted from here"));
    Instant updated = ssm.getMaintenanceWindow(r -> r.windowId(windowId)).modifiedDate();
    String listed =
        ssm.describeMaintenanceWindowSchedule(r -> r.windowId(windowId).maxResults(1))
            .scheduledWindowExecutions()
            .get(0)
            .executionTime();
    assertEquals(updated.plus(Duration.ofDays(1)), instant(listed));

    advance(Duration.ofDays(1).plusHours(1));

    List<MaintenanceWindowExecution> runs = executions(ssm, windowId);
    assertEquals(
        List.of(instant(listed)),
        runs.stream().map(MaintenanceWindowExecution::startTime).toList(),
        "one run, at the listed time, and none at the creation's count");
  }
}
