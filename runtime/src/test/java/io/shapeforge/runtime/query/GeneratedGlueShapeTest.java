package io.shapeforge.runtime.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.shapeforge.runtime.error.ServiceException;
import io.shapeforge.runtime.page.NextTokenCodec;
import io.shapeforge.runtime.page.Page;
import io.shapeforge.runtime.page.Paginator;
import io.shapeforge.runtime.store.Column;
import io.shapeforge.runtime.store.InMemoryStore;
import io.shapeforge.runtime.store.Store;
import io.shapeforge.runtime.store.Table;
import io.shapeforge.runtime.store.TableSchema;
import io.shapeforge.runtime.store.Task;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The shape of the per-operation glue the processor is to generate, written by hand against the
 * {@link Task} stand-in, and used end to end: server-side query and client-side paginator.
 */
class GeneratedGlueShapeTest {

  record Filter(String key, List<String> values) { }

  record Request(String windowExecutionId, List<Filter> filters, Integer maxResults, String nextToken) { }

  record Response(List<Task> windowExecutionTaskIdentities, String nextToken) { }

  record Execution(String windowExecutionId) { }

  static final class DoesNotExistException extends ServiceException {
    private static final long serialVersionUID = 1L;

    DoesNotExistException(String message) {
      super("DoesNotExistException", 400, message);
    }
  }

  /** What generated code would hold for DescribeMaintenanceWindowExecutionTasks. */
  static final class DescribeTasksQuery {
    static final QueryDefinition<Task, String> QUERY =
        QueryDefinition.builder("DescribeMaintenanceWindowExecutionTasks", Task.EXECUTION)
            .filter(FilterDefinition.of("STATUS", Task.STATUS, FilterOperator.IN,
                "PENDING", "IN_PROGRESS", "SUCCESS", "FAILED", "TIMED_OUT", "CANCELLING", "CANCELLED"))
            .orderBy(Task.START.ascending(), Task.ID.ascending())
            .defaultPageSize(10)
            .build();
    static final TableSchema<Task> TASKS =
        TableSchema.builder("MaintenanceWindowExecutionTaskIdentity", Task.EXECUTION.ascending(), Task.ID.ascending())
            .indexes(QUERY.indexes())
            .build();
    static final TableSchema<Execution> EXECUTIONS = TableSchema.builder("MaintenanceWindowExecution",
        Column.<Execution>ofString("windowExecutionId", Execution::windowExecutionId).ascending()).build();

    private final QueryEngine<Task, String> engine;

    DescribeTasksQuery(Store store, NextTokenCodec tokens) {
      this.engine = new QueryEngine<>(QUERY, store.table(TASKS),
          ScopeCheck.parentIn(store.table(EXECUTIONS),
              id -> new DoesNotExistException("Maintenance window execution " + id + " does not exist")),
          tokens);
    }

    Response describe(Request request) {
      Page<Task> page = engine.page(request.windowExecutionId(),
          RequestFilter.from(request.filters(), Filter::key, Filter::values),
          request.maxResults(), request.nextToken());
      return new Response(page.items(), page.nextToken());
    }
  }

  @Test
  void theGlueAnswersThroughTheEngineAndThePaginatorWalksIt() {
    Store store = new InMemoryStore();
    DescribeTasksQuery handler = new DescribeTasksQuery(store, NextTokenCodec.withRandomKey());
    store.table(DescribeTasksQuery.EXECUTIONS).put(new Execution("e1"));
    Table<Task> tasks = store.table(DescribeTasksQuery.TASKS);
    for (int i = 0; i < 35; i++) {
      tasks.put(Task.of("e1", String.format("t%02d", i), i % 5 == 0 ? "FAILED" : "SUCCESS", Instant.ofEpochSecond(i)));
    }

    List<Filter> failed = List.of(new Filter("STATUS", List.of("FAILED", "TIMED_OUT")));
    List<String> ids = Paginator.of(
            token -> handler.describe(new Request("e1", failed, null, token)),
            Response::nextToken, Response::windowExecutionTaskIdentities)
        .items().map(Task::id).collect(Collectors.toList());
    assertEquals(List.of("t00", "t05", "t10", "t15", "t20", "t25", "t30"), ids);
    assertEquals(35, Paginator.of(token -> handler.describe(new Request("e1", null, 10, token)),
        Response::nextToken, Response::windowExecutionTaskIdentities).items().count());
    assertEquals(4, Paginator.of(token -> handler.describe(new Request("e1", null, 10, token)),
        Response::nextToken, Response::windowExecutionTaskIdentities).pages().count());
    assertThrows(DoesNotExistException.class, () -> handler.describe(new Request("e9", null, null, null)));
  }
}
