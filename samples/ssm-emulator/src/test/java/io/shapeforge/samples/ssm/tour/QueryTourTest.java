package io.shapeforge.samples.ssm.tour;

import static io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksFilters.Status.FAILED;
import static io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksFilters.Status.SUCCESS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.shapeforge.runtime.page.NextTokenCodec;
import io.shapeforge.runtime.page.Paginator;
import io.shapeforge.runtime.store.InMemoryStore;
import io.shapeforge.runtime.store.Store;
import io.shapeforge.samples.ssm.imported.model.AmazonSsmTables;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksFilters;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksQuery;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksRequest;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksResult;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecution;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionStatus;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionTaskIdentity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The README's "query a store" tour, run as written, so the README cannot drift from the code. */
class QueryTourTest {
  private static final String EXECUTION = "a06e9f91-3b9c-4c3e-8bd4-246cc0000000";

  @Test
  void filterBuilderAndPagedQuery() {
    Store store = new InMemoryStore();
    store
        .table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION)
        .put(MaintenanceWindowExecution.builder().windowExecutionId(EXECUTION).build());
    IntStream.range(0, 25)
        .forEach(
            i ->
                store
                    .table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION_TASK_IDENTITY)
                    .put(
                        task(
                            i,
                            i % 3 == 0
                                ? MaintenanceWindowExecutionStatus.FAILED
                                : MaintenanceWindowExecutionStatus.SUCCESS)));

    // --- README: begin
    var query =
        new DescribeMaintenanceWindowExecutionTasksQuery(store, NextTokenCodec.withRandomKey());
    var request =
        DescribeMaintenanceWindowExecutionTasksRequest.builder()
            .windowExecutionId(EXECUTION)
            .filters(DescribeMaintenanceWindowExecutionTasksFilters.status(SUCCESS, FAILED))
            .maxResults(10);

    List<MaintenanceWindowExecutionTaskIdentity> tasks =
        Paginator.of(
                token -> query.execute(request.nextToken(token).build()),
                DescribeMaintenanceWindowExecutionTasksResult::nextToken,
                DescribeMaintenanceWindowExecutionTasksResult::windowExecutionTaskIdentities)
            .items()
            .toList();
    // --- README: end

    assertEquals(25, tasks.size());
    assertEquals(
        IntStream.range(0, 25).mapToObj(QueryTourTest::taskId).toList(),
        tasks.stream().map(MaintenanceWindowExecutionTaskIdentity::taskExecutionId).toList(),
        "every task once, in start-time order");
  }

  private static MaintenanceWindowExecutionTaskIdentity task(
      int i, MaintenanceWindowExecutionStatus status) {
    return MaintenanceWindowExecutionTaskIdentity.builder()
        .windowExecutionId(EXECUTION)
        .taskExecutionId(taskId(i))
        .status(status)
        .startTime(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i))
        .build();
  }

  private static String taskId(int i) {
    return new UUID(0x1234L, i).toString();
  }
}
