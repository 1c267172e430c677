package io.shapeforge.samples.ssm.query;

import static io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksFilters.Status.FAILED;
import static io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksFilters.Status.TIMED_OUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.shapeforge.runtime.page.NextTokenCodec;
import io.shapeforge.runtime.page.Paginator;
import io.shapeforge.runtime.store.InMemoryStore;
import io.shapeforge.runtime.store.Store;
import io.shapeforge.runtime.validation.ValidationException;
import io.shapeforge.samples.ssm.imported.model.AmazonSsmTables;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksFilters;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksQuery;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksRequest;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksResult;
import io.shapeforge.samples.ssm.imported.model.DoesNotExistException;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecution;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionStatus;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionTaskIdentity;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowFilter;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The per-operation glue the processor generated for DescribeMaintenanceWindowExecutionTasks
 * ({@code *Query}, {@code *Tables}, {@code *Filters}), driven end to end with the runtime's
 * client-side {@link Paginator}: what a hand-written copy of that glue in the runtime's tests used
 * to show, now on the code users actually get.
 */
class GeneratedQueryGlueTest {
  private static final String EXECUTION = "a06e9f91-3b9c-4c3e-8bd4-246cc0000000";
  private static final String UNKNOWN = "a06e9f91-3b9c-4c3e-8bd4-246cc0000009";

  private final Store store = new InMemoryStore();
  private final DescribeMaintenanceWindowExecutionTasksQuery query =
      new DescribeMaintenanceWindowExecutionTasksQuery(store, NextTokenCodec.withRandomKey());

  @BeforeEach
  void thirtyFiveTasksEveryFifthFailed() {
    store
        .table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION)
        .put(MaintenanceWindowExecution.builder().windowExecutionId(EXECUTION).build());
    IntStream.range(0, 35)
        .forEach(
            i ->
                store
                    .table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION_TASK_IDENTITY)
                    .put(
                        MaintenanceWindowExecutionTaskIdentity.builder()
                            .windowExecutionId(EXECUTION)
                            .taskExecutionId(taskId(i))
                            .status(
                                i % 5 == 0
                                    ? MaintenanceWindowExecutionStatus.FAILED
                                    : MaintenanceWindowExecutionStatus.SUCCESS)
                            .startTime(Instant.ofEpochSecond(1_700_000_000L + i))
                            .build()));
  }

  @Test
  void aFilteredQueryIsWalkedAcrossPagesByThePaginator() {
    List<String> failed =
        walk(request()
                .filters(DescribeMaintenanceWindowExecutionTasksFilters.status(FAILED, TIMED_OUT))
                .maxResults(10))
            .flatMap(page -> page.windowExecutionTaskIdentities().stream())
            .map(MaintenanceWindowExecutionTaskIdentity::taskExecutionId)
            .toList();
    assertEquals(
        IntStream.of(0, 5, 10, 15, 20, 25, 30).mapToObj(GeneratedQueryGlueTest::taskId).toList(),
        failed);
  }

  @Test
  void pagesOfTenCoverThirtyFiveTasksInFourPagesAndTheLastHasNoToken() {
    List<DescribeMaintenanceWindowExecutionTasksResult> pages =
        walk(request().maxResults(10)).toList();
    assertEquals(
        List.of(10, 10, 10, 5),
        pages.stream().map(p -> p.windowExecutionTaskIdentities().size()).toList());
    assertEquals(null, pages.get(3).nextToken());
  }

  @Test
  void theDefaultPageSizeIsTen() {
    assertEquals(10, query.execute(request().build()).windowExecutionTaskIdentities().size());
  }

  @Test
  void anUnknownExecutionIsDoesNotExistWithAwsMessage() {
    DoesNotExistException error =
        assertThrows(
            DoesNotExistException.class,
            () -> query.execute(request().windowExecutionId(UNKNOWN).build()));
    assertEquals("Maintenance window execution " + UNKNOWN + " does not exist", error.getMessage());
  }

  @Test
  void theRequestIsValidatedFirstWithAwsMessages() {
    ValidationException error =
        assertThrows(
            ValidationException.class,
            () ->
                query.execute(
                    request()
                        .windowExecutionId("abc")
                        .filters(
                            MaintenanceWindowFilter.builder()
                                .key("STATUS")
                                .values("SUCCESS", "")
                                .build())
                        .build()));
    assertEquals(
        "3 validation errors detected: "
            + "Value 'abc' at 'windowExecutionId' failed to satisfy constraint: Member must satisfy regular expression "
            + "pattern: ^[0-9a-fA-F]{8}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{12}$; "
            + "Value 'abc' at 'windowExecutionId' failed to satisfy constraint: Member must have length greater than or "
            + "equal to 36; "
            + "Value '[SUCCESS, ]' at 'filters.1.member.values' failed to satisfy constraint: Member must satisfy "
            + "constraint: [Member must have length less than or equal to 256, Member must have length greater than or "
            + "equal to 1]",
        error.getMessage());
  }

  private static DescribeMaintenanceWindowExecutionTasksRequest.Builder request() {
    return DescribeMaintenanceWindowExecutionTasksRequest.builder().windowExecutionId(EXECUTION);
  }

  private Stream<DescribeMaintenanceWindowExecutionTasksResult> walk(
      DescribeMaintenanceWindowExecutionTasksRequest.Builder request) {
    return Paginator.of(
            token -> query.execute(request.nextToken(token).build()),
            DescribeMaintenanceWindowExecutionTasksResult::nextToken,
            DescribeMaintenanceWindowExecutionTasksResult::windowExecutionTaskIdentities)
        .pages();
  }

  private static String taskId(int i) {
    return new UUID(0x5678L, i).toString();
  }
}
