package io.shapeforge.samples.ssm.emulator;

import static io.shapeforge.samples.ssm.execution.WindowFixtures.MONDAY;
import static io.shapeforge.samples.ssm.execution.WindowFixtures.WEEKLY;
import static io.shapeforge.samples.ssm.execution.WindowFixtures.put;
import static io.shapeforge.samples.ssm.execution.WindowFixtures.target;
import static io.shapeforge.samples.ssm.execution.WindowFixtures.task;
import static io.shapeforge.samples.ssm.execution.WindowFixtures.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import software.amazon.awssdk.services.ssm.model.MaintenanceWindowExecution;
import software.amazon.awssdk.services.ssm.model.MaintenanceWindowExecutionStatus;
import software.amazon.awssdk.services.ssm.model.MaintenanceWindowExecutionTaskIdentity;
import software.amazon.awssdk.services.ssm.model.MaintenanceWindowExecutionTaskInvocationIdentity;
import software.amazon.awssdk.services.ssm.model.SsmException;

/**
 * The execution family with the AWS SDK for Java v2's own {@code SsmClient} on a manual clock: a
 * window with a weekly cron, targets and tasks is put straight into the window tables, so that this
 * test covers the execution family alone ({@code WindowFamilySdkTest} creates them through the
 * operations); the clock is moved through the control plane, and what ran is read back through
 * every execution operation, Describe and Get agreeing.
 */
@ExtendWith(SsmEmulatorExtension.class)
@EmulatorClock("manual@2027-01-04T00:00:00Z")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExecutionLifecycleSdkTest {
  private static final String WINDOW = "mw-0000000000000000a";
  private static final String OTHER_WINDOW = "mw-0000000000000000b";
  private static final String UNKNOWN = "00000000-0000-4000-8000-00000000dead";
  private static final Instant FIRST_RUN = MONDAY.plus(Duration.ofHours(2));

  @EmulatorEndpoint URI endpoint;

  /** Moves the clock through the control plane, as a test in another language would. */
  private void advance(Duration amount) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(endpoint.resolve("/_shapeforge/clock"))
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"advanceSeconds\": " + amount.toSeconds() + "}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
  }

  private static List<MaintenanceWindowExecution> executions(SsmClient ssm, String windowId) {
    return ssm
        .describeMaintenanceWindowExecutionsPaginator(r -> r.windowId(windowId))
        .windowExecutions()
        .stream()
        .toList();
  }

  // The tests share one emulator and its clock, which only moves forward: they run in this order.
  @Test
  @Order(1)
  void aWeeklyWindowRunsAndEveryOperationAgrees(SsmEmulator emulator, SsmClient ssm)
      throws Exception {
    put(emulator.store(), window(WINDOW, WEEKLY).build());
    put(emulator.store(), target(WINDOW, "11111111-1111-4111-8111-111111111111", "i-0a", "i-0b"));
    put(
        emulator.store(),
        task(
                WINDOW,
                "22222222-2222-4222-8222-222222222221",
                1,
                "11111111-1111-4111-8111-111111111111")
            .build());
    put(
        emulator.store(),
        task(
                WINDOW,
                "22222222-2222-4222-8222-222222222222",
                2,
                "11111111-1111-4111-8111-111111111111")
            .taskArn("AWS-RunPatchBaseline")
            .build());
    assertEquals(List.of(), executions(ssm, WINDOW));

    advance(Duration.ofHours(3));

    // 1. The execution, in Describe and Get.
    List<MaintenanceWindowExecution> listed = executions(ssm, WINDOW);
    assertEquals(1, listed.size());
    MaintenanceWindowExecution execution = listed.get(0);
    assertEquals(MaintenanceWindowExecutionStatus.SUCCESS, execution.status());
    assertEquals(FIRST_RUN, execution.startTime());
    assertEquals(FIRST_RUN.plusSeconds(120), execution.endTime());
    String executionId = execution.windowExecutionId();
    GetMaintenanceWindowExecutionResponse got = DescribeGetAgreement.execution(ssm, execution);
    assertEquals(2, got.taskIds().size());

    // 2. Its tasks: the seed operation lists what GetMaintenanceWindowExecutionTask answers.
    List<MaintenanceWindowExecutionTaskIdentity> tasks =
        ssm.describeMaintenanceWindowExecutionTasks(r -> r.windowExecutionId(executionId))
            .windowExecutionTaskIdentities();
    assertEquals(2, tasks.size());
    assertEquals(
        got.taskIds().stream().sorted().toList(),
        tasks.stream()
            .map(MaintenanceWindowExecutionTaskIdentity::taskExecutionId)
            .sorted()
            .toList());
    for (MaintenanceWindowExecutionTaskIdentity identity : tasks) {
      GetMaintenanceWindowExecutionTaskResponse task =
          DescribeGetAgreement.task(ssm, executionId, identity);
      assertEquals("RUN_COMMAND", task.typeAsString());
      assertEquals("10", task.maxConcurrency());

      // 3. Its invocations, one per target instance, in Describe and Get.
      List<MaintenanceWindowExecutionTaskInvocationIdentity> invocations =
          ssm.describeMaintenanceWindowExecutionTaskInvocations(
                  r -> r.windowExecutionId(executionId).taskId(identity.taskExecutionId()))
              .windowExecutionTaskInvocationIdentities();
      assertEquals(2, invocations.size());
      for (MaintenanceWindowExecutionTaskInvocationIdentity invocation : invocations) {
        assertEquals(MaintenanceWindowExecutionStatus.SUCCESS, invocation.status());
        assertEquals("11111111-1111-4111-8111-111111111111", invocation.windowTargetId());
        assertEquals(
            "owner of 11111111-1111-4111-8111-111111111111", invocation.ownerInformation());
        assertEquals(
            Duration.ofSeconds(60), Duration.between(invocation.startTime(), invocation.endTime()));
        DescribeGetAgreement.invocation(ssm, executionId, identity.taskExecutionId(), invocation);
      }
    }

    // 4. Cancel the next run while its first task runs: CANCELLING, then CANCELLED once the
    // clock moves (a zero advance processes without moving).
    emulator.setOutcomes(
        List.of(
            io.shapeforge.samples.ssm.execution.OutcomeRule.always(
                io.shapeforge.samples.ssm.execution.RunStatus.SUCCESS, null, 600)));
    advance(Duration.ofDays(7).plusSeconds(30 - 3 * 3600 + 2 * 3600));
    MaintenanceWindowExecution second = executions(ssm, WINDOW).get(0);
    assertEquals(MaintenanceWindowExecutionStatus.IN_PROGRESS, second.status());
    assertEquals(
        second.windowExecutionId(),
        ssm.cancelMaintenanceWindowExecution(r -> r.windowExecutionId(second.windowExecutionId()))
            .windowExecutionId());
    assertEquals(
        MaintenanceWindowExecutionStatus.CANCELLING,
        ssm.getMaintenanceWindowExecution(r -> r.windowExecutionId(second.windowExecutionId()))
            .status());
    advance(Duration.ZERO);
    GetMaintenanceWindowExecutionResponse cancelled =
        ssm.getMaintenanceWindowExecution(r -> r.windowExecutionId(second.windowExecutionId()));
    assertEquals(MaintenanceWindowExecutionStatus.CANCELLED, cancelled.status());
    assertEquals(1, cancelled.taskIds().size(), "the second priority never started");
    String cancelledTask = cancelled.taskIds().get(0);
    assertEquals(
        MaintenanceWindowExecutionStatus.CANCELLED,
        ssm.getMaintenanceWindowExecutionTask(
                r -> r.windowExecutionId(second.windowExecutionId()).taskId(cancelledTask))
            .status());
    assertTrue(
        ssm
            .describeMaintenanceWindowExecutionTaskInvocations(
                r -> r.windowExecutionId(second.windowExecutionId()).taskId(cancelledTask))
            .windowExecutionTaskInvocationIdentities()
            .stream()
            .allMatch(i -> i.status() == MaintenanceWindowExecutionStatus.CANCELLED));

    // 5. Disable the window: no new runs, however far the clock moves.
    put(emulator.store(), window(WINDOW, WEEKLY).enabled(false).build());
    advance(Duration.ofDays(21));
    assertEquals(2, executions(ssm, WINDOW).size());
  }

  /**
   * The filter keys AWS documents for DescribeMaintenanceWindowExecutions: "Supported keys include
   * ExecutedBefore and ExecutedAfter", with "date/time strings in a valid ISO 8601 date/time
   * format, such as 2021-11-04T05:00:00Z"
   * (https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribeMaintenanceWindowExecutions.html);
   * and for DescribeMaintenanceWindowExecutionTaskInvocations: "The supported filter key is STATUS
   * with the corresponding values PENDING, IN_PROGRESS, SUCCESS, FAILED, TIMED_OUT, CANCELLING, and
   * CANCELLED"
   * (https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribeMaintenanceWindowExecutionTaskInvocations.html).
   */
  @Test
  @Order(2)
  void theDocumentedFilterKeysSelectAndOthersAreRefused(SsmEmulator emulator, SsmClient ssm)
      throws Exception {
    Instant created = emulator.now();
    put(
        emulator.store(),
        window(OTHER_WINDOW, "rate(1 day)").createdDate(created).modifiedDate(created).build());
    advance(Duration.ofDays(3).plusHours(1));
    List<MaintenanceWindowExecution> all = executions(ssm, OTHER_WINDOW);
    assertEquals(3, all.size());
    Instant middle = all.get(1).startTime();

    List<MaintenanceWindowExecution> before =
        ssm.describeMaintenanceWindowExecutions(
                r ->
                    r.windowId(OTHER_WINDOW)
                        .filters(f -> f.key("ExecutedBefore").values(middle.toString())))
            .windowExecutions();
    assertEquals(List.of(all.get(2)), before);
    List<MaintenanceWindowExecution> after =
        ssm.describeMaintenanceWindowExecutions(
                r ->
                    r.windowId(OTHER_WINDOW)
                        .filters(f -> f.key("ExecutedAfter").values(middle.toString())))
            .windowExecutions();
    assertEquals(List.of(all.get(0)), after);

    SsmException badKey =
        assertThrows(
            SsmException.class,
            () ->
                ssm.describeMaintenanceWindowExecutions(
                    r -> r.windowId(OTHER_WINDOW).filters(f -> f.key("STATUS").values("SUCCESS"))));
    assertEquals("ValidationException", badKey.awsErrorDetails().errorCode());
    SsmException badTime =
        assertThrows(
            SsmException.class,
            () ->
                ssm.describeMaintenanceWindowExecutions(
                    r ->
                        r.windowId(OTHER_WINDOW)
                            .filters(f -> f.key("ExecutedAfter").values("yesterday"))));
    assertEquals("ValidationException", badTime.awsErrorDetails().errorCode());

    // An unknown window has no executions: the operation declares no DoesNotExistException.
    assertEquals(List.of(), executions(ssm, "mw-0000000000000000f"));
  }

  @Test
  @Order(3)
  void unknownIdsAreDoesNotExist(SsmClient ssm) {
    DoesNotExistException execution =
        assertThrows(
            DoesNotExistException.class,
            () -> ssm.getMaintenanceWindowExecution(r -> r.windowExecutionId(UNKNOWN)));
    assertEquals(
        "Maintenance window execution " + UNKNOWN + " does not exist",
        execution.awsErrorDetails().errorMessage());
    assertThrows(
        DoesNotExistException.class,
        () -> ssm.cancelMaintenanceWindowExecution(r -> r.windowExecutionId(UNKNOWN)));
    assertThrows(
        DoesNotExistException.class,
        () ->
            ssm.getMaintenanceWindowExecutionTask(
                r -> r.windowExecutionId(UNKNOWN).taskId(UNKNOWN)));
    assertThrows(
        DoesNotExistException.class,
        () ->
            ssm.describeMaintenanceWindowExecutionTaskInvocations(
                r -> r.windowExecutionId(UNKNOWN).taskId(UNKNOWN)));
    assertThrows(
        DoesNotExistException.class,
        () ->
            ssm.getMaintenanceWindowExecutionTaskInvocation(
                r -> r.windowExecutionId(UNKNOWN).taskId(UNKNOWN).invocationId(UNKNOWN)));
  }

  /** An execution put through the embedding API (or a seed file) is listed and read like a run. */
  @Test
  @Order(4)
  void anExecutionPutByHandIsListedAndRead(SsmEmulator emulator, SsmClient ssm) {
    String id = TestRecords.id(40, 1);
    emulator.putExecution(TestRecords.execution(id));
    List<MaintenanceWindowExecution> listed = executions(ssm, "mw-0123456789abcdef0");
    assertEquals(
        List.of(id), listed.stream().map(MaintenanceWindowExecution::windowExecutionId).toList());
    assertEquals(MaintenanceWindowExecutionStatus.SUCCESS, listed.get(0).status());
    assertEquals(
        listed.get(0).startTime(),
        ssm.getMaintenanceWindowExecution(r -> r.windowExecutionId(id)).startTime());
  }
}
