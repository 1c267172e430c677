package io.shapeforge.samples.ssm.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.shapeforge.runtime.page.NextTokenCodec;
import io.shapeforge.runtime.page.Paginator;
import io.shapeforge.runtime.store.InMemoryStore;
import io.shapeforge.runtime.store.Store;
import io.shapeforge.samples.ssm.imported.model.AmazonSsmTables;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksFilters;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksFilters.Status;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksQuery;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksRequest;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksResult;
import io.shapeforge.samples.ssm.imported.model.DoesNotExistException;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecution;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionStatus;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionTaskIdentity;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The generated query engine of DescribeMaintenanceWindowExecutionTasks against a naive reference
 * (filter, sort, concatenate) over random stores, random STATUS filter sets and random page sizes.
 * Paging to the end must yield exactly the reference sequence, with no token ever repeated.
 */
class GeneratedQueryPropertiesTest {
  private static final String SCOPE = "a06e9f91-3b9c-4c3e-8bd4-246cc0000000";
  private static final String OTHER_SCOPE = "b06e9f91-3b9c-4c3e-8bd4-246cc0000000";

  /** Absent start times sort first, then the unique task id breaks ties, as the spec orders. */
  private static final Comparator<MaintenanceWindowExecutionTaskIdentity> SPEC_ORDER =
      Comparator.comparing(
              MaintenanceWindowExecutionTaskIdentity::startTime,
              Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(MaintenanceWindowExecutionTaskIdentity::taskExecutionId);

  @Property(tries = 150)
  void pagingToTheEndYieldsTheReference(
      @ForAll("tasks") List<MaintenanceWindowExecutionTaskIdentity> tasks,
      @ForAll("filterSets") List<List<Status>> filterSets,
      @ForAll @IntRange(min = 10, max = 100) int pageSize) {
    Store store = storeWith(tasks);
    var query =
        new DescribeMaintenanceWindowExecutionTasksQuery(store, NextTokenCodec.withRandomKey());
    var request =
        DescribeMaintenanceWindowExecutionTasksRequest.builder()
            .windowExecutionId(SCOPE)
            .filters(
                filterSets.stream()
                    .map(DescribeMaintenanceWindowExecutionTasksFilters::status)
                    .toList())
            .maxResults(pageSize);

    Set<String> tokens = new HashSet<>();
    List<MaintenanceWindowExecutionTaskIdentity> paged =
        Paginator.of(
                token -> query.execute(request.nextToken(token).build()),
                (DescribeMaintenanceWindowExecutionTasksResult page) -> {
                  assertEquals(
                      true,
                      page.nextToken() == null || tokens.add(page.nextToken()),
                      "a token repeated");
                  return page.nextToken();
                },
                DescribeMaintenanceWindowExecutionTasksResult::windowExecutionTaskIdentities)
            .items()
            .toList();

    assertEquals(reference(tasks, filterSets), paged);
  }

  @Test
  void anExecutionWithoutTasksIsAnEmptyPage() {
    Store store = storeWith(List.of());
    var query =
        new DescribeMaintenanceWindowExecutionTasksQuery(store, NextTokenCodec.withRandomKey());
    DescribeMaintenanceWindowExecutionTasksResult page =
        query.execute(
            DescribeMaintenanceWindowExecutionTasksRequest.builder()
                .windowExecutionId(OTHER_SCOPE)
                .build());
    assertEquals(List.of(), page.windowExecutionTaskIdentities());
    assertEquals(null, page.nextToken());
  }

  @Test
  void anUnknownExecutionDoesNotExist() {
    var query =
        new DescribeMaintenanceWindowExecutionTasksQuery(
            storeWith(List.of()), NextTokenCodec.withRandomKey());
    String unknown = "c06e9f91-3b9c-4c3e-8bd4-246cc0000000";
    DoesNotExistException error =
        assertThrows(
            DoesNotExistException.class,
            () ->
                query.execute(
                    DescribeMaintenanceWindowExecutionTasksRequest.builder()
                        .windowExecutionId(unknown)
                        .build()));
    assertEquals("Maintenance window execution " + unknown + " does not exist", error.getMessage());
  }

  private static List<MaintenanceWindowExecutionTaskIdentity> reference(
      List<MaintenanceWindowExecutionTaskIdentity> tasks, List<List<Status>> filterSets) {
    return tasks.stream()
        .filter(task -> task.windowExecutionId().equals(SCOPE))
        .filter(
            task ->
                filterSets.stream()
                    .allMatch(
                        values ->
                            values.stream()
                                .anyMatch(value -> value.toString().equals(task.statusAsString()))))
        .sorted(SPEC_ORDER)
        .toList();
  }

  private static Store storeWith(List<MaintenanceWindowExecutionTaskIdentity> tasks) {
    Store store = new InMemoryStore();
    for (String scope : List.of(SCOPE, OTHER_SCOPE)) {
      store
          .table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION)
          .put(MaintenanceWindowExecution.builder().windowExecutionId(scope).build());
    }
    tasks.forEach(store.table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION_TASK_IDENTITY)::put);
    return store;
  }

  @Provide
  Arbitrary<List<MaintenanceWindowExecutionTaskIdentity>> tasks() {
    Arbitrary<MaintenanceWindowExecutionTaskIdentity> task =
        Combinators.combine(
                Arbitraries.of(SCOPE, SCOPE, SCOPE, OTHER_SCOPE),
                Arbitraries.longs().between(0, 1L << 40).map(n -> new UUID(n, ~n).toString()),
                Arbitraries.of(MaintenanceWindowExecutionStatus.values())
                    .filter(
                        status ->
                            status != MaintenanceWindowExecutionStatus.UNKNOWN_TO_SDK_VERSION),
                // Few distinct start times, so ties fall to the task id; some tasks have none yet.
                Arbitraries.integers().between(0, 20).injectNull(0.1))
            .as(
                (scope, id, status, second) ->
                    MaintenanceWindowExecutionTaskIdentity.builder()
                        .windowExecutionId(scope)
                        .taskExecutionId(id)
                        .status(status)
                        .startTime(
                            second == null
                                ? null
                                : Instant.ofEpochSecond(1_700_000_000L + second, 145_000_000))
                        .build());
    return task.list()
        .ofMaxSize(400)
        .uniqueElements(MaintenanceWindowExecutionTaskIdentity::taskExecutionId);
  }

  @Provide
  Arbitrary<List<List<Status>>> filterSets() {
    return Arbitraries.of(Status.values())
        .set()
        .ofMinSize(1)
        .ofMaxSize(4)
        .map(set -> List.copyOf(set))
        .list()
        .ofMaxSize(3);
  }
}
