package io.shapeforge.samples.ssm.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionTaskIdentity;
import io.shapeforge.samples.ssm.junit.SsmEmulatorExtension;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.DescribeMaintenanceWindowExecutionTasksRequest;
import software.amazon.awssdk.services.ssm.model.DescribeMaintenanceWindowExecutionTasksResponse;
import software.amazon.awssdk.services.ssm.model.DoesNotExistException;
import software.amazon.awssdk.services.ssm.model.InvalidNextTokenException;
import software.amazon.awssdk.services.ssm.model.MaintenanceWindowExecutionStatus;
import software.amazon.awssdk.services.ssm.model.MaintenanceWindowFilter;
import software.amazon.awssdk.services.ssm.model.SsmException;

/**
 * The AWS SDK for Java v2's own {@code SsmClient}, over real HTTP, against the emulator that {@link
 * SsmEmulatorExtension} starts: what a team pointing its code at the emulator would see.
 */
@ExtendWith(SsmEmulatorExtension.class)
class AwsSdkClientTest {
  private static final String LARGE = TestRecords.id(1, 0);
  private static final int LARGE_COUNT = 263;
  private static final String SMALL = TestRecords.id(2, 0);
  private static final String UNKNOWN = TestRecords.id(9, 9);
  private static final String ID_PATTERN =
      "^[0-9a-fA-F]{8}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{12}$";

  private static List<MaintenanceWindowExecutionTaskIdentity> largeInApiOrder;

  @BeforeAll
  static void insertTasks(SsmEmulator emulator) {
    emulator.putExecution(TestRecords.execution(LARGE));
    List<MaintenanceWindowExecutionTaskIdentity> tasks = TestRecords.tasks(LARGE, 1, LARGE_COUNT);
    tasks.forEach(emulator::putTask);
    largeInApiOrder = new ArrayList<>(tasks);
    largeInApiOrder.sort(TestRecords.API_ORDER);
    emulator.putExecution(TestRecords.execution(SMALL));
    TestRecords.tasks(SMALL, 2, 3).forEach(emulator::putTask);
  }

  @Test
  void aPlainCallReturnsTheTasksWithEveryMember(SsmClient ssm) {
    DescribeMaintenanceWindowExecutionTasksResponse response =
        ssm.describeMaintenanceWindowExecutionTasks(r -> r.windowExecutionId(SMALL));

    assertEquals(3, response.windowExecutionTaskIdentities().size());
    assertNull(response.nextToken());
    var first = response.windowExecutionTaskIdentities().get(0);
    assertEquals(SMALL, first.windowExecutionId());
    assertEquals(TestRecords.id(2, 0), first.taskExecutionId());
    assertEquals(MaintenanceWindowExecutionStatus.PENDING, first.status());
    assertEquals("task 0", first.statusDetails());
    assertEquals("AWS-RunPatchBaseline", first.taskArn());
    assertEquals("RUN_COMMAND", first.taskTypeAsString());
  }

  /**
   * Operations without behaviour, through the SDK's own models: a valid input gets the modeled
   * {@code NotImplemented} client error naming the operation (the SDK surfaces it as a plain {@code
   * SsmException} with that code, and does not retry a 400), an invalid one AWS's validation error
   * first.
   */
  @Test
  void anOperationWithoutBehaviourIsNotImplementedAfterValidation(SsmClient ssm) {
    SsmException baselines =
        assertThrows(SsmException.class, () -> ssm.describePatchBaselines(r -> {}));
    assertEquals(400, baselines.statusCode());
    assertEquals("NotImplemented", baselines.awsErrorDetails().errorCode());
    assertEquals(
        "Operation DescribePatchBaselines is not implemented by this service; the request was valid,"
            + " but no behaviour is supplied for it",
        baselines.awsErrorDetails().errorMessage());

    SsmException parameter =
        assertThrows(SsmException.class, () -> ssm.getParameter(r -> r.name("/app/db-url")));
    assertEquals("NotImplemented", parameter.awsErrorDetails().errorCode());
    assertTrue(
        parameter.awsErrorDetails().errorMessage().startsWith("Operation GetParameter "),
        parameter.awsErrorDetails().errorMessage());

    SsmException tooShort =
        assertThrows(SsmException.class, () -> ssm.getParameter(r -> r.name("")));
    assertEquals("ValidationException", tooShort.awsErrorDetails().errorCode());
    assertEquals(
        "1 validation error detected: Value '' at 'name' failed to satisfy constraint: Member must have"
            + " length greater than or equal to 1",
        tooShort.awsErrorDetails().errorMessage());
  }

  static IntStream pageSizes() {
    return IntStream.rangeClosed(1, 10).map(step -> step * 10);
  }

  @ParameterizedTest(name = "MaxResults {0}")
  @MethodSource("pageSizes")
  void theSdkPaginatorReturnsEachTaskOnceInOrder(int maxResults, SsmClient ssm) {
    List<String> pages = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    ssm.describeMaintenanceWindowExecutionTasksPaginator(
            r -> r.windowExecutionId(LARGE).maxResults(maxResults))
        .forEach(
            page -> {
              pages.add(page.nextToken());
              assertTrue(page.windowExecutionTaskIdentities().size() <= maxResults);
              page.windowExecutionTaskIdentities().forEach(task -> ids.add(task.taskExecutionId()));
            });

    assertEquals(idsOf(largeInApiOrder), ids);
    assertEquals((LARGE_COUNT + maxResults - 1) / maxResults, pages.size());
    assertNull(pages.get(pages.size() - 1), "the last page has no NextToken");
    assertEquals(
        pages.size() - 1,
        pages.stream().filter(token -> token != null).distinct().count(),
        "every other page has its own NextToken");
  }

  @Test
  void concurrentPaginationsEachSeeEveryTaskOnce(SsmClient ssm) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> walks = new ArrayList<>();
      for (int walk = 0; walk < 16; walk++) {
        int maxResults = 10 + walk * 5;
        walks.add(
            pool.submit(
                () ->
                    ssm
                        .describeMaintenanceWindowExecutionTasksPaginator(
                            r -> r.windowExecutionId(LARGE).maxResults(maxResults))
                        .windowExecutionTaskIdentities()
                        .stream()
                        .map(
                            software.amazon.awssdk.services.ssm.model
                                    .MaintenanceWindowExecutionTaskIdentity
                                ::taskExecutionId)
                        .collect(Collectors.toList())));
      }
      for (Future<List<String>> walk : walks) {
        assertEquals(idsOf(largeInApiOrder), walk.get(120, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aStatusFilterWithOneValue(SsmClient ssm) {
    List<String> ids = allIds(ssm, List.of(statusFilter("FAILED")));

    assertEquals(idsOf(largeWithStatus("FAILED")), ids);
    assertTrue(ids.size() > 30, "the filter is tried on a real number of tasks: " + ids.size());
  }

  @Test
  void aStatusFilterWithSeveralValuesIsAnOr(SsmClient ssm) {
    List<String> ids = allIds(ssm, List.of(statusFilter("SUCCESS", "TIMED_OUT", "CANCELLED")));

    assertEquals(idsOf(largeWithStatus("SUCCESS", "TIMED_OUT", "CANCELLED")), ids);
  }

  @Test
  void twoFiltersAreAnAnd(SsmClient ssm) {
    List<String> ids =
        allIds(
            ssm,
            List.of(
                statusFilter("SUCCESS", "FAILED", "PENDING"), statusFilter("FAILED", "CANCELLED")));

    assertEquals(idsOf(largeWithStatus("FAILED")), ids);
  }

  @Test
  void anUnknownExecutionIsTheModeledDoesNotExistException(SsmClient ssm) {
    DoesNotExistException error =
        assertThrows(
            DoesNotExistException.class,
            () -> ssm.describeMaintenanceWindowExecutionTasks(r -> r.windowExecutionId(UNKNOWN)));

    assertEquals("DoesNotExistException", error.awsErrorDetails().errorCode());
    assertEquals(
        "Maintenance window execution " + UNKNOWN + " does not exist",
        error.awsErrorDetails().errorMessage());
    assertEquals(400, error.statusCode());
  }

  @Test
  void aBadIdIsAValidationException(SsmClient ssm) {
    // too short and no UUID: both, pattern first, as AWS reports them
    assertEquals(
        "2 validation errors detected: Value 'not-a-uuid' at 'windowExecutionId' failed to satisfy constraint: "
            + "Member must satisfy regular expression pattern: "
            + ID_PATTERN
            + "; Value 'not-a-uuid' at "
            + "'windowExecutionId' failed to satisfy constraint: Member must have length greater than or equal to 36",
        validationError(ssm, r -> r.windowExecutionId("not-a-uuid"))
            .awsErrorDetails()
            .errorMessage());
    String notHex = "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz";
    assertEquals(
        "1 validation error detected: Value '"
            + notHex
            + "' at 'windowExecutionId' failed to satisfy "
            + "constraint: Member must satisfy regular expression pattern: "
            + ID_PATTERN,
        validationError(ssm, r -> r.windowExecutionId(notHex)).awsErrorDetails().errorMessage());
  }

  @Test
  void aMaxResultsOutOfRangeIsAValidationException(SsmClient ssm) {
    assertEquals(
        "1 validation error detected: Value '5' at 'maxResults' failed to satisfy constraint: "
            + "Member must have value greater than or equal to 10",
        validationError(ssm, r -> r.windowExecutionId(LARGE).maxResults(5))
            .awsErrorDetails()
            .errorMessage());
    assertEquals(
        "1 validation error detected: Value '101' at 'maxResults' failed to satisfy constraint: "
            + "Member must have value less than or equal to 100",
        validationError(ssm, r -> r.windowExecutionId(LARGE).maxResults(101))
            .awsErrorDetails()
            .errorMessage());
  }

  @Test
  void sixFiltersAreAValidationException(SsmClient ssm) {
    List<MaintenanceWindowFilter> six = Collections.nCopies(6, statusFilter("SUCCESS"));

    SsmException error = validationError(ssm, r -> r.windowExecutionId(LARGE).filters(six));

    String shown =
        String.join(
            ", ", Collections.nCopies(6, "MaintenanceWindowFilter(Key=STATUS, Values=[SUCCESS])"));
    assertEquals(
        "1 validation error detected: Value '["
            + shown
            + "]' at 'filters' failed to satisfy constraint: "
            + "Member must have length less than or equal to 5",
        error.awsErrorDetails().errorMessage());
  }

  @Test
  void aTamperedTokenIsTheModeledInvalidNextTokenException(SsmClient ssm) {
    String token =
        ssm.describeMaintenanceWindowExecutionTasks(r -> r.windowExecutionId(LARGE).maxResults(10))
            .nextToken();
    assertNotNull(token);
    char last = token.charAt(token.length() - 1);
    String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');

    InvalidNextTokenException error =
        assertThrows(
            InvalidNextTokenException.class,
            () ->
                ssm.describeMaintenanceWindowExecutionTasks(
                    r -> r.windowExecutionId(LARGE).nextToken(tampered)));

    assertEquals("InvalidNextToken", error.awsErrorDetails().errorCode());
    assertEquals("The specified token isn't valid.", error.awsErrorDetails().errorMessage());
  }

  @Test
  void timestampsArePreservedToTheMillisecond(SsmClient ssm) {
    List<software.amazon.awssdk.services.ssm.model.MaintenanceWindowExecutionTaskIdentity>
        received = new ArrayList<>();
    ssm.describeMaintenanceWindowExecutionTasksPaginator(
            r -> r.windowExecutionId(LARGE).maxResults(100))
        .windowExecutionTaskIdentities()
        .forEach(received::add);

    assertEquals(largeInApiOrder.size(), received.size());
    for (int i = 0; i < received.size(); i++) {
      assertEquals(largeInApiOrder.get(i).startTime(), received.get(i).startTime());
      assertEquals(largeInApiOrder.get(i).endTime(), received.get(i).endTime());
    }
    assertTrue(
        received.stream().anyMatch(task -> task.startTime().toEpochMilli() % 1000 != 0),
        "some start times have a millisecond fraction");
  }

  private static SsmException validationError(
      SsmClient ssm,
      java.util.function.Consumer<DescribeMaintenanceWindowExecutionTasksRequest.Builder> request) {
    SsmException error =
        assertThrows(
            SsmException.class, () -> ssm.describeMaintenanceWindowExecutionTasks(request));
    assertEquals("ValidationException", error.awsErrorDetails().errorCode());
    assertEquals(400, error.statusCode());
    return error;
  }

  private static List<String> allIds(SsmClient ssm, List<MaintenanceWindowFilter> filters) {
    return ssm
        .describeMaintenanceWindowExecutionTasksPaginator(
            r -> r.windowExecutionId(LARGE).filters(filters))
        .windowExecutionTaskIdentities()
        .stream()
        .map(
            software.amazon.awssdk.services.ssm.model.MaintenanceWindowExecutionTaskIdentity
                ::taskExecutionId)
        .collect(Collectors.toList());
  }

  private static MaintenanceWindowFilter statusFilter(String... values) {
    return MaintenanceWindowFilter.builder().key("STATUS").values(values).build();
  }

  private static List<MaintenanceWindowExecutionTaskIdentity> largeWithStatus(String... statuses) {
    List<String> wanted = List.of(statuses);
    return largeInApiOrder.stream()
        .filter(task -> wanted.contains(task.statusAsString()))
        .collect(Collectors.toList());
  }

  private static List<String> idsOf(List<MaintenanceWindowExecutionTaskIdentity> tasks) {
    return tasks.stream()
        .map(MaintenanceWindowExecutionTaskIdentity::taskExecutionId)
        .collect(Collectors.toList());
  }
}
