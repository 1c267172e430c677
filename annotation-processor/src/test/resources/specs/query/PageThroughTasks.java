package test.usage;

import io.shapeforge.runtime.page.NextTokenCodec;
import io.shapeforge.runtime.protocol.ProtocolResponse;
import io.shapeforge.runtime.store.InMemoryStore;
import io.shapeforge.runtime.store.Store;
import io.shapeforge.runtime.store.Table;
import io.shapeforge.runtime.validation.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import test.model.Execution;
import test.model.Filter;
import test.model.ListTasksFilters;
import test.model.ListTasksQuery;
import test.model.ListTasksRequest;
import test.model.ListTasksResult;
import test.model.NoSuchExecution;
import test.model.Status;
import test.model.Task;
import test.model.TaskRunnerService;
import test.model.TaskRunnerTables;

/**
 * Stores nine tasks of execution e1 (statuses cycling PENDING, RUNNING, DONE; start times falling)
 * and one of e2, then pages through e1 with {@code STATUS in (PENDING, DONE)} two at a time, and
 * reports what each call returned, one line per outcome.
 */
public final class PageThroughTasks implements Supplier<List<String>> {

  @Override
  public List<String> get() {
    Store store = new InMemoryStore();
    Table<Execution> executions = store.table(TaskRunnerTables.EXECUTION);
    executions.put(Execution.builder().executionId("e1").build());
    executions.put(Execution.builder().executionId("e2").build());
    Table<Task> tasks = store.table(TaskRunnerTables.TASK);
    Status[] statuses = {Status.PENDING, Status.RUNNING, Status.DONE};
    for (int i = 0; i < 9; i++) {
      tasks.put(Task.builder().executionId("e1").taskId("t" + i).status(statuses[i % 3])
          .startTime(Instant.ofEpochSecond(100 - i)).build());
    }
    tasks.put(Task.builder().executionId("e2").taskId("x").status(Status.PENDING).startTime(Instant.ofEpochSecond(1)).build());
    NextTokenCodec tokens = NextTokenCodec.withRandomKey();
    ListTasksQuery query = new ListTasksQuery(store, tokens);

    List<String> outcomes = new ArrayList<>();
    Filter pendingOrDone = ListTasksFilters.status(ListTasksFilters.Status.PENDING, ListTasksFilters.Status.DONE);
    outcomes.add("filter " + pendingOrDone);
    String token = null;
    do {
      ListTasksResult page = query.execute(ListTasksRequest.builder()
          .executionId("e1").filters(pendingOrDone).maxResults(2).nextToken(token).build());
      outcomes.add("page " + page.tasks().stream().map(Task::taskId).collect(Collectors.joining(",")));
      token = page.nextToken();
    } while (token != null);
    ListTasksResult earlyOnes = query.execute(ListTasksRequest.builder().executionId("e1")
        .filters(pendingOrDone, ListTasksFilters.startedBefore(Instant.ofEpochSecond(96))).build());
    outcomes.add("and " + earlyOnes.tasks().stream().map(Task::taskId).collect(Collectors.joining(",")));
    outcomes.add("default page size " + query.execute(ListTasksRequest.builder().executionId("e1").build()).tasks().size());
    try {
      query.execute(ListTasksRequest.builder().executionId("e9").build());
    } catch (NoSuchExecution e) {
      outcomes.add(e.errorCode() + ": " + e.getMessage());
    }
    try {
      query.execute(ListTasksRequest.builder().executionId("e1")
          .filters(Filter.builder().key("STATUS").values("RUNNING").build()).build());
    } catch (ValidationException e) {
      outcomes.add(e.getMessage());
    }
    ProtocolResponse response = TaskRunnerService.dispatcher(store, tokens).build()
        .dispatch("TaskRunner.ListTasks", "{\"ExecutionId\": \"e2\"}".getBytes(StandardCharsets.UTF_8));
    outcomes.add(response.status() + " " + new String(response.body(), StandardCharsets.UTF_8));
    outcomes.add("operations " + TaskRunnerService.OPERATIONS);
    return outcomes;
  }
}
