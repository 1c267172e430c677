package io.shapeforge.runtime.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapeforge.runtime.error.ServiceException;
import io.shapeforge.runtime.page.NextTokenCodec;
import io.shapeforge.runtime.page.Page;
import io.shapeforge.runtime.store.Column;
import io.shapeforge.runtime.store.InMemoryStore;
import io.shapeforge.runtime.store.Key;
import io.shapeforge.runtime.store.Table;
import io.shapeforge.runtime.store.TableSchema;
import io.shapeforge.runtime.store.Task;
import io.shapeforge.runtime.validation.ValidationException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class QueryEngineTest {
  private static final String KEYS = "[STATUS, TYPE, STARTED_BEFORE, STARTED_AFTER, ID_PREFIX]";
  private static final String STATUS_SET =
      "[PENDING, IN_PROGRESS, SUCCESS, FAILED, TIMED_OUT, CANCELLING, CANCELLED]";

  private final Table<Task> tasks = TaskQueries.newTable();
  private final NextTokenCodec tokens = NextTokenCodec.withRandomKey();
  private final QueryEngine<Task, String> engine =
      new QueryEngine<>(TaskQueries.ASCENDING, tasks, ScopeCheck.none(), tokens);

  private static RequestFilter filter(String key, String... values) {
    return new RequestFilter(key, values == null ? null : Arrays.asList(values));
  }

  private static String ids(Page<Task> page) {
    return page.items().stream().map(Task::id).collect(Collectors.joining(","));
  }

  private void assertInvalid(String message, RequestFilter... filters) {
    ValidationException error =
        assertThrows(
            ValidationException.class, () -> engine.page("e1", Arrays.asList(filters), null, null));
    assertEquals(message, error.getMessage());
    assertEquals(400, error.httpStatus());
  }

  @Test
  void reportsUnknownKeysValuesAndEmptyListsTheAwsWay() {
    assertInvalid(
        "1 validation error detected: Value 'FOO' at 'filters.1.member.key' failed to satisfy constraint: "
            + "Member must satisfy enum value set: "
            + KEYS,
        filter("FOO", "x"));
    assertInvalid(
        "1 validation error detected: Value 'DONE' at 'filters.2.member.values.2.member' failed to satisfy "
            + "constraint: Member must satisfy enum value set: "
            + STATUS_SET,
        filter("STATUS", "SUCCESS"),
        filter("STATUS", "FAILED", "DONE"));
    assertInvalid(
        "1 validation error detected: Value '[]' at 'filters.1.member.values' failed to satisfy constraint: "
            + "Member must have length greater than or equal to 1",
        filter("STATUS"));
    assertInvalid(
        "1 validation error detected: Value null at 'filters.1.member.values' failed to satisfy constraint: "
            + "Member must not be null",
        filter("STATUS", (String[]) null));
    assertInvalid(
        "1 validation error detected: Value '[A, B]' at 'filters.1.member.values' failed to satisfy "
            + "constraint: Member must have length less than or equal to 1",
        filter("TYPE", "A", "B"));
    assertInvalid(
        "1 validation error detected: Value 'yesterday' at 'filters.1.member.values.1.member' failed to "
            + "satisfy constraint: Member must be a timestamp in epoch seconds or ISO-8601",
        filter("STARTED_BEFORE", "yesterday"));
    assertInvalid(
        "2 validation errors detected: Value null at 'filters.1.member.key' failed to satisfy constraint: "
            + "Member must not be null; Value 'lower' at 'filters.2.member.values.1.member' failed to satisfy constraint: "
            + "Member must satisfy enum value set: "
            + STATUS_SET,
        filter(null, "x"),
        filter("STATUS", "lower"));
  }

  @Test
  void pagesInOrderAndTheLastPageHasNoToken() {
    for (int i = 0; i < 25; i++) {
      tasks.put(
          Task.of(
              "e1",
              String.format("t%02d", i),
              i % 2 == 0 ? "SUCCESS" : "FAILED",
              Instant.ofEpochSecond(100 - i)));
      tasks.put(Task.of("e2", String.format("t%02d", i), "SUCCESS", Instant.ofEpochSecond(i)));
    }
    Page<Task> first = engine.page("e1", null, null, null);
    assertEquals("t24,t23,t22,t21,t20,t19,t18,t17,t16,t15", ids(first));
    Page<Task> second = engine.page("e1", List.of(), 10, first.nextToken());
    assertEquals("t14,t13,t12,t11,t10,t09,t08,t07,t06,t05", ids(second));
    Page<Task> last = engine.page("e1", List.of(), 10, second.nextToken());
    assertEquals("t04,t03,t02,t01,t00", ids(last));
    assertNull(last.nextToken());

    Page<Task> successes =
        engine.page("e1", List.of(filter("STATUS", "SUCCESS", "PENDING")), 13, null);
    assertEquals(13, successes.items().size());
    assertTrue(successes.items().stream().allMatch(task -> task.status().equals("SUCCESS")));
    assertNull(successes.nextToken(), "exactly a page of matches leaves no next page");
  }

  @Test
  void checksTheScopeAfterTheFiltersAndAnExistingEmptyScopeIsAnEmptyPage() {
    Table<Key> executions =
        new InMemoryStore()
            .table(
                TableSchema.builder(
                        "executions",
                        Column.<Key>ofString("id", key -> (String) key.get(0)).ascending())
                    .build());
    executions.put(Key.of("e-empty"));
    QueryEngine<Task, String> checked =
        new QueryEngine<>(
            TaskQueries.ASCENDING,
            tasks,
            ScopeCheck.parentIn(
                executions,
                id -> new NotFound("Maintenance window execution " + id + " does not exist")),
            tokens);

    Page<Task> empty = checked.page("e-empty", null, null, null);
    assertEquals(List.of(), empty.items());
    assertNull(empty.nextToken());
    NotFound missing =
        assertThrows(NotFound.class, () -> checked.page("e-missing", null, null, null));
    assertEquals("Maintenance window execution e-missing does not exist", missing.getMessage());
    assertThrows(
        ValidationException.class,
        () -> checked.page("e-missing", List.of(filter("FOO", "x")), null, null));
  }

  @Test
  void descendingOrderPutsNullsLast() {
    tasks.put(Task.of("e1", "a", "SUCCESS", null));
    tasks.put(Task.of("e1", "b", "SUCCESS", Instant.ofEpochSecond(5)));
    tasks.put(Task.of("e1", "c", "SUCCESS", Instant.ofEpochSecond(5)));
    tasks.put(Task.of("e1", "d", "FAILED", Instant.ofEpochSecond(9)));
    QueryEngine<Task, String> newestFirst =
        new QueryEngine<>(TaskQueries.DESCENDING, tasks, ScopeCheck.none(), tokens);
    assertEquals("d,c,b,a", ids(newestFirst.page("e1", null, null, null)));
    assertEquals(
        "c,b,a", ids(newestFirst.page("e1", List.of(filter("STATUS", "SUCCESS")), null, null)));
    assertEquals("a,b,c,d", ids(engine.page("e1", null, null, null)));
  }

  /**
   * The in-memory engine answers a page in O(log n) per IN value plus the page: counted here as
   * reads of the status column, which the skip-list seek (a few comparisons per level, about log2 n
   * levels, per value) and the condition check (one per record read) make. A scan of the scope
   * would read about 8,600.
   */
  @Test
  void anInFilterReadsAboutOnePageOfRows() {
    AtomicLong reads = new AtomicLong();
    Column<Task, String> countedStatus =
        Column.ofString(
            "status",
            task -> {
              reads.incrementAndGet();
              return task.status();
            });
    QueryDefinition<Task, String> definition =
        QueryDefinition.builder("Counted", Task.EXECUTION)
            .filter(
                new FilterDefinition<>(
                    "STATUS", countedStatus, FilterOperator.IN, TaskQueries.STATUSES))
            .orderBy(Task.START.ascending(), Task.ID.ascending())
            .build();
    Table<Task> table =
        new InMemoryStore()
            .table(
                TableSchema.builder("counted", Task.EXECUTION.ascending(), Task.ID.ascending())
                    .indexes(definition.indexes())
                    .build());
    QueryEngine<Task, String> counted =
        new QueryEngine<>(definition, table, ScopeCheck.none(), tokens);
    for (int i = 0; i < 20_000; i++) {
      table.put(Task.of("e1", "t" + i, TaskQueries.STATUSES.get(i % 7), Instant.ofEpochSecond(i)));
    }
    List<RequestFilter> filters = List.of(filter("STATUS", "SUCCESS", "FAILED", "CANCELLED"));
    int bound = 3 * 4 * 15 + 2 * (10 + 1 + 3);
    reads.set(0);
    Page<Task> page = counted.page("e1", filters, 10, null);
    assertEquals(10, page.items().size());
    assertTrue(reads.get() <= bound, "read the status " + reads.get() + " times for a page of 10");

    reads.set(0);
    Page<Task> next = counted.page("e1", filters, 10, page.nextToken());
    assertEquals(10, next.items().size());
    assertTrue(
        reads.get() <= bound,
        "read the status " + reads.get() + " times for the second page of 10");
  }

  @Test
  void refusesATableWithoutTheIndexesOrAnOrderThatIsNotUnique() {
    Table<Task> bare =
        new InMemoryStore()
            .table(
                TableSchema.builder("bare", Task.EXECUTION.ascending(), Task.ID.ascending())
                    .build());
    assertThrows(
        IllegalArgumentException.class,
        () -> new QueryEngine<>(TaskQueries.ASCENDING, bare, ScopeCheck.none(), tokens));
    QueryDefinition<Task, String> byStartOnly =
        QueryDefinition.builder("ByStart", Task.EXECUTION).orderBy(Task.START.ascending()).build();
    Table<Task> indexed =
        new InMemoryStore()
            .table(
                TableSchema.builder("t", Task.EXECUTION.ascending(), Task.ID.ascending())
                    .indexes(byStartOnly.indexes())
                    .build());
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> new QueryEngine<>(byStartOnly, indexed, ScopeCheck.none(), tokens));
    assertTrue(error.getMessage().contains("taskExecutionId"), error.getMessage());
  }

  @Test
  void operationsWithTheSameIndexesShareThem() {
    QueryDefinition<Task, String> twin =
        QueryDefinition.builder("Twin", Task.EXECUTION)
            .filter(FilterDefinition.of("STATUS", Task.STATUS, FilterOperator.IN))
            .orderBy(Task.START.ascending(), Task.ID.ascending())
            .build();
    TableSchema<Task> schema =
        TableSchema.builder("t", Task.EXECUTION.ascending(), Task.ID.ascending())
            .indexes(TaskQueries.ASCENDING.indexes())
            .indexes(twin.indexes())
            .build();
    assertEquals(TaskQueries.ASCENDING.indexes().size(), schema.secondaryIndexes().size());
  }

  private static final class NotFound extends ServiceException {
    private static final long serialVersionUID = 1L;

    NotFound(String message) {
      super("DoesNotExistException", 400, message);
    }
  }
}
