package io.shapeforge.runtime.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapeforge.runtime.page.NextTokenCodec;
import io.shapeforge.runtime.page.Page;
import io.shapeforge.runtime.store.Key;
import io.shapeforge.runtime.store.Table;
import io.shapeforge.runtime.store.Task;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/** The engine agrees with a naive reference: filter everything, sort, slice. */
class QueryEnginePropertiesTest {
  private static final List<String> TYPES = List.of("RUN_COMMAND", "AUTOMATION", "LAMBDA");
  private static final int MAX_SECOND = 60;

  @Property(tries = 200)
  void pagingToTheEndYieldsTheReferenceSequence(
      @ForAll("tasks") List<Task> data,
      @ForAll("filterSets") List<RequestFilter> filters,
      @ForAll @IntRange(min = 10, max = 100) int pageSize,
      @ForAll boolean newestFirst) {
    Table<Task> table = TaskQueries.newTable();
    data.forEach(table::put);
    QueryDefinition<Task, String> definition = newestFirst ? TaskQueries.DESCENDING : TaskQueries.ASCENDING;
    QueryEngine<Task, String> engine =
        new QueryEngine<>(definition, table, ScopeCheck.none(), NextTokenCodec.withRandomKey());

    List<Task> paged = new ArrayList<>();
    Set<String> tokens = new HashSet<>();
    String token = null;
    do {
      Page<Task> page = engine.page("e1", filters, pageSize, token);
      token = page.nextToken();
      assertTrue(token == null ? page.items().size() <= pageSize : page.items().size() == pageSize,
          "a page before the last is full");
      assertTrue(token == null || tokens.add(token), "a token never repeats");
      paged.addAll(page.items());
    } while (token != null);

    List<Task> expected = reference(table, data, filters, newestFirst);
    assertEquals(ids(expected), ids(paged));
  }

  private static List<Task> reference(Table<Task> table, List<Task> data, List<RequestFilter> filters, boolean newestFirst) {
    Predicate<Task> matches = task -> task.executionId().equals("e1");
    for (RequestFilter filter : filters) {
      matches = matches.and(referenceFilter(filter));
    }
    Comparator<Task> order = Comparator.comparing(Task::start, Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(Task::id);
    // The last write of each primary key wins, as in the table.
    List<Task> latest = data.stream()
        .filter(task -> table.get(Key.of(task.executionId(), task.id()))
            .map(task::equals).orElse(false))
        .distinct()
        .collect(Collectors.toList());
    return latest.stream().filter(matches).sorted(newestFirst ? order.reversed() : order).collect(Collectors.toList());
  }

  private static Predicate<Task> referenceFilter(RequestFilter filter) {
    List<String> values = filter.values();
    switch (filter.key()) {
      case "STATUS":
        return task -> task.status() != null && values.contains(task.status());
      case "TYPE":
        return task -> task.type() != null && values.contains(task.type());
      case "STARTED_BEFORE":
        return task -> task.start() != null && task.start().getEpochSecond() < Long.parseLong(values.get(0));
      case "STARTED_AFTER":
        return task -> task.start() != null && task.start().getEpochSecond() > Long.parseLong(values.get(0));
      case "ID_PREFIX":
        return task -> values.stream().anyMatch(prefix -> task.id().startsWith(prefix));
      default:
        throw new AssertionError(filter.key());
    }
  }

  private static List<String> ids(List<Task> tasks) {
    return tasks.stream().map(task -> task.executionId() + "/" + task.id()).collect(Collectors.toList());
  }

  @Provide
  Arbitrary<List<Task>> tasks() {
    Arbitrary<String> execution = Arbitraries.of("e1", "e1", "e1", "e2");
    Arbitrary<String> id = Arbitraries.integers().between(0, 400).map(i -> "t" + i);
    Arbitrary<String> status = Arbitraries.of(TaskQueries.STATUSES).injectNull(0.05);
    Arbitrary<String> type = Arbitraries.of(TYPES).injectNull(0.05);
    Arbitrary<Instant> start = Arbitraries.integers().between(0, MAX_SECOND)
        .map(Instant::ofEpochSecond).injectNull(0.05);
    return Combinators.combine(execution, id, status, type, start)
        .as((e, i, s, t, at) -> new Task(e, i, s, t, at, null, null, null, ""))
        .list().ofMaxSize(500);
  }

  @Provide
  Arbitrary<List<RequestFilter>> filterSets() {
    Arbitrary<RequestFilter> status = Arbitraries.of(TaskQueries.STATUSES).list().ofMinSize(1).ofMaxSize(4)
        .map(values -> new RequestFilter("STATUS", values));
    Arbitrary<RequestFilter> type = Arbitraries.of(TYPES).map(value -> new RequestFilter("TYPE", List.of(value)));
    Arbitrary<String> second = Arbitraries.integers().between(-1, MAX_SECOND + 1).map(String::valueOf);
    Arbitrary<RequestFilter> before = second.map(value -> new RequestFilter("STARTED_BEFORE", List.of(value)));
    Arbitrary<RequestFilter> after = second.map(value -> new RequestFilter("STARTED_AFTER", List.of(value)));
    Arbitrary<RequestFilter> prefix = Arbitraries.of("t", "t1", "t2", "t3", "t10", "t39").list().ofMinSize(1).ofMaxSize(2)
        .map(values -> new RequestFilter("ID_PREFIX", values));
    return Arbitraries.frequencyOf(
            Tuple.of(5, status), Tuple.of(2, type), Tuple.of(1, before),
            Tuple.of(1, after), Tuple.of(1, prefix))
        .list().ofMaxSize(4);
  }
}
