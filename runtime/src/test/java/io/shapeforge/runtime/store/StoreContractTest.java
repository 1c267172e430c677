package io.shapeforge.runtime.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapeforge.runtime.page.InvalidNextTokenException;
import io.shapeforge.runtime.page.NextTokenCodec;
import io.shapeforge.runtime.page.Page;
import io.shapeforge.runtime.query.QueryDefinition;
import io.shapeforge.runtime.query.QueryEngine;
import io.shapeforge.runtime.query.RequestFilter;
import io.shapeforge.runtime.query.ScopeCheck;
import io.shapeforge.runtime.query.TaskQueries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The contract of the storage SPI ({@link Store}, {@link Table}), which every engine runs: extend
 * it and give {@link #store()}. It covers plain and conditional writes, transactions, index order
 * and ranges, pages (including the jqwik equivalence of the query engine with a naive reference),
 * next-token binding, and paging while other threads write.
 *
 * <p>Each test opens tables under fresh names, so an engine may share one store across tests.
 * {@link #scale()} shrinks the concurrency tests for engines whose writes cost a disk round trip.
 */
public abstract class StoreContractTest {
  private static final AtomicInteger TABLES = new AtomicInteger();
  private static final List<String> TYPES = List.of("RUN_COMMAND", "AUTOMATION", "LAMBDA");
  private static final int MAX_SECOND = 60;
  private static final List<String> THREE_STATUSES = List.of("PENDING", "SUCCESS", "FAILED");

  private static final IndexDefinition<Task> BY_STATUS =
      IndexDefinition.of(
          "byStatus", Task.EXECUTION.ascending(), Task.STATUS.ascending(), Task.START.ascending());
  private static final IndexDefinition<Task> BY_START_DESC =
      IndexDefinition.of("byStartDesc", Task.EXECUTION.ascending(), Task.START.descending());
  private static final IndexDefinition<Task> BY_START =
      IndexDefinition.of(
          "byStart", Task.EXECUTION.ascending(), Task.START.descending(), Task.ID.ascending());

  /** The store under test; it may be the same for every test. */
  protected abstract Store store();

  /** 1 for the full concurrency workloads; an engine with slower writes divides them by this. */
  protected int scale() {
    return 1;
  }

  private static String fresh(String base) {
    return base + "_" + TABLES.incrementAndGet();
  }

  private Table<Task> indexedTable() {
    return store()
        .table(
            TableSchema.builder(fresh("tasks"), Task.EXECUTION.ascending(), Task.ID.ascending())
                .index(BY_STATUS)
                .index(BY_START_DESC)
                .index(BY_START)
                .codec(Task.CODEC)
                .build());
  }

  private Table<Task> queryTable() {
    return store().table(TaskQueries.schema(fresh("tasks")));
  }

  private static Instant at(long seconds) {
    return Instant.ofEpochSecond(seconds);
  }

  private static List<String> ids(Stream<Task> scan) {
    try (scan) {
      return scan.map(Task::id).collect(Collectors.toList());
    }
  }

  private static List<Task> all(Table<Task> table, IndexDefinition<Task> index, ScanRange range) {
    try (Stream<Task> scan = table.scan(index, range)) {
      return scan.collect(Collectors.toList());
    }
  }

  // ---- plain writes and index order ----

  @Test
  void getsPutsAndDeletesByPrimaryKey() {
    Table<Task> tasks = indexedTable();
    Task first = Task.of("e1", "t1", "PENDING", at(5));
    assertEquals(Optional.empty(), tasks.put(first));
    assertEquals(Optional.of(first), tasks.get(Key.of("e1", "t1")));
    assertEquals(Optional.empty(), tasks.get(Key.of("e1", "t2")));
    assertEquals(1, tasks.size());

    Task replacement = first.withStatus("SUCCESS");
    assertEquals(Optional.of(first), tasks.put(replacement));
    assertEquals(1, tasks.size());
    assertEquals(Optional.of(replacement), tasks.get(Key.of("e1", "t1")));

    assertEquals(Optional.of(replacement), tasks.delete(Key.of("e1", "t1")));
    assertEquals(Optional.empty(), tasks.delete(Key.of("e1", "t1")));
    assertEquals(0, tasks.size());
    assertEquals(List.of(), ids(tasks.scan(BY_STATUS, ScanRange.all())));
  }

  @Test
  void recordsRoundTripWithEveryMember() {
    Table<Task> tasks = indexedTable();
    Task full =
        new Task(
            "e1",
            "t1",
            "SUCCESS",
            "LAMBDA",
            Instant.ofEpochSecond(1_628_102_135L, 145_000_000),
            -7,
            Long.MAX_VALUE,
            false,
            "details with ' and \" and é and \u2603");
    tasks.put(full);
    assertEquals(Optional.of(full), tasks.get(Key.of("e1", "t1")));
    assertEquals(List.of(full), all(tasks, BY_START, ScanRange.prefix(Key.of("e1"))));
  }

  @Test
  void nullsSortFirstAscendingAndLastDescending() {
    Table<Task> tasks = indexedTable();
    tasks.put(Task.of("e1", "late", "S", at(30)));
    tasks.put(Task.of("e1", "none", "S", null));
    tasks.put(Task.of("e1", "early", "S", at(10)));
    tasks.put(Task.of("e1", "nostatus", null, at(20)));

    assertEquals(
        List.of("nostatus", "none", "early", "late"),
        ids(tasks.scan(BY_STATUS, ScanRange.prefix(Key.of("e1")))));
    assertEquals(
        List.of("late", "nostatus", "early", "none"),
        ids(tasks.scan(BY_START_DESC, ScanRange.prefix(Key.of("e1")))));
    assertEquals(
        List.of("nostatus"), ids(tasks.scan(BY_STATUS, ScanRange.prefix(Key.of("e1", null)))));
    assertEquals(
        List.of("early", "none"),
        ids(tasks.scan(BY_START_DESC, ScanRange.prefix(Key.of("e1")).after(Key.of("e1", at(20))))));
    assertEquals(
        List.of("none", "early", "late"),
        ids(tasks.scan(BY_STATUS, ScanRange.prefix(Key.of("e1")).after(Key.of("e1", null)))));
  }

  @Test
  void rangesRespectPrefixAndLowerBounds() {
    Table<Task> tasks = indexedTable();
    for (int i = 1; i <= 5; i++) {
      tasks.put(Task.of("e1", "t" + i, "S", at(i * 10)));
      tasks.put(Task.of("e2", "u" + i, "S", at(i * 10)));
    }
    tasks.put(Task.of("e0", "x", "S", at(1)));
    ScanRange e1 = ScanRange.prefix(Key.of("e1", "S"));

    assertEquals(List.of("t1", "t2", "t3", "t4", "t5"), ids(tasks.scan(BY_STATUS, e1)));
    assertEquals(
        List.of("t4", "t5"), ids(tasks.scan(BY_STATUS, e1.after(Key.of("e1", "S", at(30))))));
    assertEquals(
        List.of("t3", "t4", "t5"), ids(tasks.scan(BY_STATUS, e1.from(Key.of("e1", "S", at(30))))));
    assertEquals(
        List.of("t3", "t4", "t5"), ids(tasks.scan(BY_STATUS, e1.after(Key.of("e1", "S", at(25))))));
    // A bound after the prefix's last entry, or past the prefix entirely, reads nothing.
    assertEquals(List.of(), ids(tasks.scan(BY_STATUS, e1.after(Key.of("e1", "S", at(50))))));
    assertEquals(List.of(), ids(tasks.scan(BY_STATUS, e1.from(Key.of("e2")))));
    // A bound before the prefix starts at the prefix.
    assertEquals(
        List.of("t1", "t2", "t3", "t4", "t5"), ids(tasks.scan(BY_STATUS, e1.from(Key.of("e0")))));
    // after(prefix) skips everything sharing it.
    assertEquals(
        List.of("u1", "u2", "u3", "u4", "u5"),
        ids(tasks.scan(tasks.schema().primaryKey(), ScanRange.all().after(Key.of("e1")))));
    assertEquals(
        List.of("x", "t1"), ids(tasks.scan(tasks.schema().primaryKey(), ScanRange.all()).limit(2)));
  }

  @Test
  void equalIndexKeysAreOrderedByPrimaryKey() {
    Table<Task> tasks = indexedTable();
    tasks.put(Task.of("e1", "b", "S", at(1)));
    tasks.put(Task.of("e1", "c", "S", at(1)));
    tasks.put(Task.of("e1", "a", "S", at(1)));
    assertEquals(
        List.of("a", "b", "c"),
        ids(tasks.scan(BY_STATUS, ScanRange.prefix(Key.of("e1", "S", at(1))))));
  }

  @Test
  void replaceMovesIndexEntries() {
    Table<Task> tasks = indexedTable();
    Task task = Task.of("e1", "t1", "PENDING", at(10));
    tasks.put(task);
    tasks.put(Task.of("e1", "t2", "PENDING", at(20)));
    tasks.put(task.withStatus("SUCCESS").withStart(at(30)));

    assertEquals(
        List.of("t2"), ids(tasks.scan(BY_STATUS, ScanRange.prefix(Key.of("e1", "PENDING")))));
    assertEquals(
        List.of("t1"), ids(tasks.scan(BY_STATUS, ScanRange.prefix(Key.of("e1", "SUCCESS")))));
    assertEquals(
        List.of("t1", "t2"), ids(tasks.scan(BY_START_DESC, ScanRange.prefix(Key.of("e1")))));

    tasks.put(tasks.get(Key.of("e1", "t1")).orElseThrow().withDetails("done"));
    try (Stream<Task> scan = tasks.scan(BY_STATUS, ScanRange.prefix(Key.of("e1", "SUCCESS")))) {
      assertEquals(List.of("done"), scan.map(Task::details).collect(Collectors.toList()));
    }
    assertEquals(2, tasks.size());
  }

  @Test
  void rejectsBadKeysAndUnknownIndexes() {
    Table<Task> tasks = indexedTable();
    assertThrows(IllegalArgumentException.class, () -> tasks.get(Key.of("e1")));
    assertThrows(IllegalArgumentException.class, () -> tasks.get(Key.of("e1", 5)));
    assertThrows(IllegalArgumentException.class, () -> tasks.put(Task.of("e1", null, "S", at(1))));
    assertThrows(
        IllegalArgumentException.class,
        () -> tasks.insertIfAbsent(Task.of("e1", null, "S", at(1))));
    assertThrows(
        IllegalArgumentException.class,
        () -> tasks.scan(BY_STATUS, ScanRange.prefix(Key.of("e1", "S", "not an instant"))));
    assertThrows(
        IllegalArgumentException.class,
        () -> tasks.scan(IndexDefinition.of("other", Task.TYPE.ascending()), ScanRange.all()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            tasks.page(
                PageRequest.of(
                    IndexDefinition.of("other", Task.TYPE.ascending(), Task.ID.ascending()),
                    Key.empty())));
  }

  @Test
  void storeReopensTablesAndRejectsAnotherSchemaUnderTheSameName() {
    String name = fresh("tasks");
    Table<Task> first = store().table(TaskQueries.schema(name));
    first.put(Task.of("e1", "t1", "S", at(1)));
    assertEquals(1, store().table(TaskQueries.schema(name)).size());
    TableSchema<Task> other =
        TableSchema.builder(name, Task.ID.ascending()).codec(Task.CODEC).build();
    assertThrows(IllegalArgumentException.class, () -> store().table(other));
  }

  @Test
  void keysOfEveryValueTypeOrderNaturally() {
    IndexDefinition<Task> mixed =
        IndexDefinition.of(
            "mixed", Task.FLAG.ascending(), Task.PRIORITY.ascending(), Task.SIZE.descending());
    Table<Task> table =
        store()
            .table(
                TableSchema.builder(fresh("mixed"), Task.ID.ascending())
                    .index(mixed)
                    .codec(Task.CODEC)
                    .build());
    table.put(new Task("e", "a", null, null, null, 2, 1L, true, ""));
    table.put(new Task("e", "b", null, null, null, 1, 1L, true, ""));
    table.put(new Task("e", "c", null, null, null, 1, 9L, true, ""));
    table.put(new Task("e", "d", null, null, null, 7, 0L, false, ""));
    table.put(new Task("e", "e", null, null, null, null, null, null, ""));
    assertEquals(List.of("e", "d", "c", "b", "a"), ids(table.scan(mixed, ScanRange.all())));
    assertEquals(List.of("c", "b"), ids(table.scan(mixed, ScanRange.prefix(Key.of(true, 1)))));
    assertTrue(table.get(Key.of("e")).isPresent());
  }

  // ---- pages ----

  @Test
  void aPageFansOutOverAnInConditionAndAppliesTheOthers() {
    Table<Task> tasks = indexedTable();
    for (int i = 0; i < 12; i++) {
      tasks.put(
          new Task(
              "e1",
              String.format("t%02d", i),
              THREE_STATUSES.get(i % 3),
              i % 2 == 0 ? "A" : "B",
              at(100 - i),
              null,
              null,
              null,
              ""));
    }
    tasks.put(Task.of("e2", "other", "PENDING", at(1)));
    PageRequest<Task> request =
        PageRequest.of(BY_STATUS, Key.of("e1"))
            .where(Condition.in(Task.STATUS, List.of("PENDING", "FAILED")))
            .where(Condition.in(Task.TYPE, List.of("A")));
    assertEquals(List.of(Task.START.ascending()), request.order());
    // PENDING: t00 t06 (type A); FAILED: t02 t08 (A); ascending start: t08 (92), t06 (94), t02
    // (98), t00 (100).
    assertEquals(List.of("t08", "t06", "t02", "t00"), ids(tasks.page(request).stream()));
    assertEquals(List.of("t08", "t06"), ids(tasks.page(request.limit(2)).stream()));
    assertEquals(List.of("t02", "t00"), ids(tasks.page(request.after(Key.of(at(94)))).stream()));
    assertEquals(
        List.of("t00"),
        ids(tasks.page(request.where(Condition.greaterThan(Task.START, at(98)))).stream()));
    assertEquals(
        List.of("t06"),
        ids(
            tasks
                .page(request.where(Condition.startsWith(Task.ID, List.of("t06", "x"))))
                .stream()));
    assertEquals(
        List.of("t08", "t06"),
        ids(tasks.page(request.where(Condition.lessThan(Task.START, at(97)))).stream()));
  }

  @Property(tries = 200)
  void pagingToTheEndYieldsTheReferenceSequence(
      @ForAll("tasks") List<Task> data,
      @ForAll("filterSets") List<RequestFilter> filters,
      @ForAll @IntRange(min = 10, max = 100) int pageSize,
      @ForAll boolean newestFirst) {
    Table<Task> table = queryTable();
    data.forEach(table::put);
    QueryDefinition<Task, String> definition =
        newestFirst ? TaskQueries.DESCENDING : TaskQueries.ASCENDING;
    QueryEngine<Task, String> engine =
        new QueryEngine<>(definition, table, ScopeCheck.none(), NextTokenCodec.withRandomKey());

    List<Task> paged = new ArrayList<>();
    Set<String> tokens = new HashSet<>();
    String token = null;
    do {
      Page<Task> page = engine.page("e1", filters, pageSize, token);
      token = page.nextToken();
      assertTrue(
          token == null ? page.items().size() <= pageSize : page.items().size() == pageSize,
          "a page before the last is full");
      assertTrue(token == null || tokens.add(token), "a token never repeats");
      paged.addAll(page.items());
    } while (token != null);

    assertEquals(reference(data, filters, newestFirst), paged);
  }

  /** The naive reference: the last write of each key, filtered, sorted. */
  private static List<Task> reference(
      List<Task> data, List<RequestFilter> filters, boolean newestFirst) {
    Predicate<Task> matches = task -> task.executionId().equals("e1");
    for (RequestFilter filter : filters) {
      matches = matches.and(referenceFilter(filter));
    }
    Comparator<Task> order =
        Comparator.comparing(Task::start, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Task::id);
    Map<String, Task> latest = new java.util.LinkedHashMap<>();
    data.forEach(task -> latest.put(task.executionId() + "/" + task.id(), task));
    return latest.values().stream()
        .filter(matches)
        .sorted(newestFirst ? order.reversed() : order)
        .collect(Collectors.toList());
  }

  private static Predicate<Task> referenceFilter(RequestFilter filter) {
    List<String> values = filter.values();
    switch (filter.key()) {
      case "STATUS":
        return task -> task.status() != null && values.contains(task.status());
      case "TYPE":
        return task -> task.type() != null && values.contains(task.type());
      case "STARTED_BEFORE":
        return task ->
            task.start() != null && task.start().getEpochSecond() < Long.parseLong(values.get(0));
      case "STARTED_AFTER":
        return task ->
            task.start() != null && task.start().getEpochSecond() > Long.parseLong(values.get(0));
      case "ID_PREFIX":
        return task -> values.stream().anyMatch(prefix -> task.id().startsWith(prefix));
      default:
        throw new AssertionError(filter.key());
    }
  }

  @Provide
  Arbitrary<List<Task>> tasks() {
    Arbitrary<String> execution = Arbitraries.of("e1", "e1", "e1", "e2");
    Arbitrary<String> id = Arbitraries.integers().between(0, 400).map(i -> "t" + i);
    Arbitrary<String> status = Arbitraries.of(TaskQueries.STATUSES).injectNull(0.05);
    Arbitrary<String> type = Arbitraries.of(TYPES).injectNull(0.05);
    Arbitrary<Instant> start =
        Arbitraries.integers().between(0, MAX_SECOND).map(Instant::ofEpochSecond).injectNull(0.05);
    return Combinators.combine(execution, id, status, type, start)
        .as((e, i, s, t, at) -> new Task(e, i, s, t, at, null, null, null, ""))
        .list()
        .ofMaxSize(500);
  }

  @Provide
  Arbitrary<List<RequestFilter>> filterSets() {
    Arbitrary<RequestFilter> status =
        Arbitraries.of(TaskQueries.STATUSES)
            .list()
            .ofMinSize(1)
            .ofMaxSize(4)
            .map(values -> new RequestFilter("STATUS", values));
    Arbitrary<RequestFilter> type =
        Arbitraries.of(TYPES).map(value -> new RequestFilter("TYPE", List.of(value)));
    Arbitrary<String> second =
        Arbitraries.integers().between(-1, MAX_SECOND + 1).map(String::valueOf);
    Arbitrary<RequestFilter> before =
        second.map(value -> new RequestFilter("STARTED_BEFORE", List.of(value)));
    Arbitrary<RequestFilter> after =
        second.map(value -> new RequestFilter("STARTED_AFTER", List.of(value)));
    Arbitrary<RequestFilter> prefix =
        Arbitraries.of("t", "t1", "t2", "t3", "t10", "t39")
            .list()
            .ofMinSize(1)
            .ofMaxSize(2)
            .map(values -> new RequestFilter("ID_PREFIX", values));
    return Arbitraries.frequencyOf(
            Tuple.of(5, status),
            Tuple.of(2, type),
            Tuple.of(1, before),
            Tuple.of(1, after),
            Tuple.of(1, prefix))
        .list()
        .ofMaxSize(4);
  }

  @Test
  void aTokenOnlyWorksForItsOwnScopeFiltersAndOperation() {
    Table<Task> tasks = queryTable();
    NextTokenCodec codec = NextTokenCodec.withRandomKey();
    QueryEngine<Task, String> engine =
        new QueryEngine<>(TaskQueries.ASCENDING, tasks, ScopeCheck.none(), codec);
    for (int i = 0; i < 30; i++) {
      tasks.put(Task.of("e1", "t" + i, "SUCCESS", at(i)));
      tasks.put(Task.of("e2", "t" + i, "SUCCESS", at(i)));
    }
    List<RequestFilter> filters =
        List.of(
            new RequestFilter("STATUS", List.of("SUCCESS", "FAILED")),
            new RequestFilter("TYPE", List.of("RUN_COMMAND")));
    String token = engine.page("e1", filters, 10, null).nextToken();
    assertNotNull(token);

    List<RequestFilter> sameMeaning =
        List.of(
            new RequestFilter("TYPE", List.of("RUN_COMMAND")),
            new RequestFilter("STATUS", List.of("FAILED", "SUCCESS", "FAILED")));
    assertEquals(10, engine.page("e1", sameMeaning, 10, token).items().size());
    assertThrows(InvalidNextTokenException.class, () -> engine.page("e2", filters, 10, token));
    assertThrows(
        InvalidNextTokenException.class,
        () ->
            engine.page("e1", List.of(new RequestFilter("STATUS", List.of("SUCCESS"))), 10, token));
    assertThrows(InvalidNextTokenException.class, () -> engine.page("e1", List.of(), 10, token));
    assertThrows(InvalidNextTokenException.class, () -> engine.page("e1", filters, 10, ""));
    QueryEngine<Task, String> other =
        new QueryEngine<>(TaskQueries.DESCENDING, tasks, ScopeCheck.none(), codec);
    assertThrows(InvalidNextTokenException.class, () -> other.page("e1", filters, 10, token));
    QueryEngine<Task, String> otherKey =
        new QueryEngine<>(
            TaskQueries.ASCENDING, tasks, ScopeCheck.none(), NextTokenCodec.withRandomKey());
    assertThrows(InvalidNextTokenException.class, () -> otherKey.page("e1", filters, 10, token));
  }

  // ---- conditional writes and transactions ----

  @Test
  void conditionalWritesTestAndWriteOneRecord() {
    Table<Task> tasks = indexedTable();
    Task pending = Task.of("e1", "t1", "PENDING", at(1));
    assertTrue(tasks.insertIfAbsent(pending));
    assertFalse(tasks.insertIfAbsent(pending.withStatus("FAILED")), "the key is taken");
    assertEquals(Optional.of(pending), tasks.get(Key.of("e1", "t1")));

    assertFalse(
        tasks.replaceIf(
            pending.withStatus("SUCCESS"), task -> task.status().equals("IN_PROGRESS")));
    assertEquals(Optional.of(pending), tasks.get(Key.of("e1", "t1")));
    assertTrue(
        tasks.replaceIf(pending.withStatus("SUCCESS"), task -> task.status().equals("PENDING")));
    assertEquals("SUCCESS", tasks.get(Key.of("e1", "t1")).orElseThrow().status());
    assertEquals(
        List.of("t1"), ids(tasks.scan(BY_STATUS, ScanRange.prefix(Key.of("e1", "SUCCESS")))));
    assertFalse(
        tasks.replaceIf(Task.of("e1", "absent", "S", at(1)), task -> true), "nothing to replace");
    assertEquals(1, tasks.size());

    assertFalse(tasks.deleteIf(Key.of("e1", "t1"), task -> task.status().equals("PENDING")));
    assertTrue(tasks.deleteIf(Key.of("e1", "t1"), task -> task.status().equals("SUCCESS")));
    assertFalse(tasks.deleteIf(Key.of("e1", "t1"), task -> true));
    assertEquals(0, tasks.size());
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void ofConcurrentInsertsOfOneKeyExactlyOneSucceeds() throws Exception {
    Table<Task> tasks = indexedTable();
    int threads = 4;
    int rounds = 200 / scale();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < rounds; round++) {
        String id = "k" + round;
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Future<Boolean>> inserts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          String writer = "writer" + t;
          inserts.add(
              pool.submit(
                  () -> {
                    start.await();
                    return tasks.insertIfAbsent(
                        new Task("e1", id, "PENDING", writer, at(1), null, null, null, ""));
                  }));
        }
        int won = 0;
        for (Future<Boolean> insert : inserts) {
          won += insert.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        assertEquals(1, won, "inserts of " + id + " that succeeded");
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(rounds, tasks.size());
  }

  @Test
  void aTransactionThatThrowsLeavesNothingInAnyTable() {
    Table<Task> tasks = indexedTable();
    Table<Task> other = indexedTable();
    tasks.put(Task.of("e1", "kept", "PENDING", at(1)));
    RuntimeException failure = new IllegalStateException("stop");
    RuntimeException thrown =
        assertThrows(
            IllegalStateException.class,
            () ->
                store()
                    .inTransaction(
                        tx -> {
                          Table<Task> inTx = tx.table(tasks.schema());
                          inTx.put(Task.of("e1", "kept", "SUCCESS", at(2)));
                          inTx.put(Task.of("e1", "new", "PENDING", at(3)));
                          inTx.delete(Key.of("e1", "kept"));
                          assertTrue(
                              tx.table(other.schema())
                                  .insertIfAbsent(Task.of("e9", "x", "PENDING", at(4))));
                          throw failure;
                        }));
    assertTrue(thrown == failure);
    assertEquals(
        Optional.of(Task.of("e1", "kept", "PENDING", at(1))), tasks.get(Key.of("e1", "kept")));
    assertEquals(Optional.empty(), tasks.get(Key.of("e1", "new")));
    assertEquals(1, tasks.size());
    assertEquals(List.of(), ids(tasks.scan(BY_STATUS, ScanRange.prefix(Key.of("e1", "SUCCESS")))));
    assertEquals(0, other.size());

    String result =
        store()
            .inTransaction(
                tx -> {
                  tx.table(tasks.schema()).put(Task.of("e1", "committed", "PENDING", at(5)));
                  tx.table(other.schema()).put(Task.of("e9", "y", "PENDING", at(6)));
                  return "done";
                });
    assertEquals("done", result);
    assertEquals(2, tasks.size());
    assertEquals(1, other.size());
  }

  /**
   * Check-then-write across two tables: adders insert a task only while its parent exists, and a
   * reaper deletes a parent only when it has no task (and brings deleted parents back). Serialized
   * transactions never leave a task without its parent.
   */
  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void checkThenWriteAcrossTablesHoldsUnderConcurrency() throws Exception {
    Table<Task> parents = indexedTable();
    Table<Task> children = indexedTable();
    int parentCount = 20;
    int operations = 600 / scale();
    for (int p = 0; p < parentCount; p++) {
      parents.put(Task.of("p", "p" + p, "OPEN", at(p)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(3);
    AtomicInteger added = new AtomicInteger();
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int w = 0; w < 2; w++) {
        long seed = w;
        workers.add(
            pool.submit(
                () -> {
                  Random random = new Random(seed);
                  for (int i = 0; i < operations; i++) {
                    String parent = "p" + random.nextInt(parentCount);
                    String child = "c" + seed + "-" + i;
                    Instant start = at(i);
                    store()
                        .inTransaction(
                            tx -> {
                              if (tx.table(parents.schema()).get(Key.of("p", parent)).isPresent()) {
                                tx.table(children.schema())
                                    .put(Task.of(parent, child, "PENDING", start));
                                added.incrementAndGet();
                              }
                              return null;
                            });
                  }
                }));
      }
      workers.add(
          pool.submit(
              () -> {
                Random random = new Random(42);
                for (int i = 0; i < operations; i++) {
                  String parent = "p" + random.nextInt(parentCount);
                  store()
                      .inTransaction(
                          tx -> {
                            Table<Task> parentTable = tx.table(parents.schema());
                            if (parentTable.get(Key.of("p", parent)).isEmpty()) {
                              parentTable.put(Task.of("p", parent, "OPEN", at(0)));
                            } else if (tx.table(children.schema())
                                .page(
                                    PageRequest.of(children.schema().primaryKey(), Key.of(parent))
                                        .limit(1))
                                .isEmpty()) {
                              parentTable.delete(Key.of("p", parent));
                            }
                            return null;
                          });
                }
              }));
      for (Future<?> worker : workers) {
        worker.get(100, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    for (Task child : all(children, children.schema().primaryKey(), ScanRange.all())) {
      assertTrue(parents.get(Key.of("p", child.executionId())).isPresent(), "orphan " + child);
    }
    assertTrue(added.get() > 0);
  }

  // ---- concurrency ----

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void indexesAgreeWithThePrimaryKeyAfterConcurrentPutsAndDeletes() throws Exception {
    Table<Task> table = indexedTable();
    int writers = 3;
    int operations = 20_000 / scale();
    int keys = 200;
    ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
    ConcurrentLinkedQueue<String> readerProblems = new ConcurrentLinkedQueue<>();
    CountDownLatch writersDone = new CountDownLatch(writers);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        long seed = w;
        futures.add(
            pool.submit(
                () -> {
                  try {
                    Random random = new Random(seed);
                    for (int i = 0; i < operations; i++) {
                      String id = "t" + random.nextInt(keys);
                      if (random.nextInt(4) == 0) {
                        table.delete(Key.of("e1", id));
                      } else {
                        table.put(
                            new Task(
                                "e1",
                                id,
                                THREE_STATUSES.get(random.nextInt(3)),
                                "T",
                                at(random.nextInt(50)),
                                null,
                                null,
                                null,
                                "d" + random.nextInt(3)));
                      }
                    }
                  } finally {
                    writersDone.countDown();
                  }
                }));
      }
      futures.add(
          pool.submit(
              () -> {
                Random random = new Random(99);
                while (writersDone.getCount() > 0) {
                  String id = "t" + random.nextInt(keys);
                  table
                      .get(Key.of("e1", id))
                      .ifPresent(
                          task -> {
                            if (!task.id().equals(id)) {
                              readerProblems.add("get " + id + " returned " + task);
                            }
                          });
                  List<Task> scanned = all(table, BY_START, ScanRange.all());
                  for (int i = 1; i < scanned.size(); i++) {
                    if (Comparator.comparing(Task::start)
                            .reversed()
                            .compare(scanned.get(i - 1), scanned.get(i))
                        > 0) {
                      readerProblems.add(
                          "out of order: " + scanned.get(i - 1) + " before " + scanned.get(i));
                    }
                  }
                }
              }));
      for (Future<?> future : futures) {
        future.get(100, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertEquals(List.of(), List.copyOf(readerProblems));
    List<Task> primary = all(table, table.schema().primaryKey(), ScanRange.all());
    assertEquals(primary.size(), table.size());
    Map<String, Task> byId =
        primary.stream().collect(Collectors.toMap(Task::id, Function.identity()));
    for (IndexDefinition<Task> index : table.schema().secondaryIndexes()) {
      List<Task> entries = all(table, index, ScanRange.all());
      assertEquals(primary.size(), entries.size(), index.name());
      for (Task entry : entries) {
        assertEquals(byId.get(entry.id()), entry, index.name());
      }
    }
    for (String status : THREE_STATUSES) {
      List<Task> inStatus = all(table, BY_STATUS, ScanRange.prefix(Key.of("e1", status)));
      assertTrue(inStatus.stream().allMatch(task -> task.status().equals(status)));
      assertEquals(
          primary.stream().filter(task -> task.status().equals(status)).count(), inStatus.size());
    }
  }

  /**
   * Pages through one scope while other threads insert, update and delete in it. Stable records
   * (present, with the same order key and status for the whole paging; their other members change)
   * must all come back, exactly once, and nothing may come back twice.
   */
  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void pagingWhileWritesHappenMissesNoStableRecordAndRepeatsNone() throws Exception {
    for (boolean filtered : new boolean[] {false, true}) {
      pageWhileChurning(filtered);
    }
  }

  private void pageWhileChurning(boolean filtered) throws Exception {
    Table<Task> table = queryTable();
    int stableCount = 1_500 / scale();
    int churnCount = 1_500 / scale();
    Random setup = new Random(7);
    List<Task> stable = new ArrayList<>();
    for (int i = 0; i < stableCount; i++) {
      Task task = Task.of("e1", "s" + i, THREE_STATUSES.get(i % 3), at(setup.nextInt(1_000)));
      stable.add(task);
      table.put(task);
    }
    for (int i = 0; i < churnCount; i++) {
      table.put(churnTask("c" + i, THREE_STATUSES.get(setup.nextInt(3))));
    }
    List<RequestFilter> filters =
        filtered ? List.of(new RequestFilter("STATUS", List.of("PENDING", "SUCCESS"))) : List.of();
    QueryEngine<Task, String> engine =
        new QueryEngine<>(
            TaskQueries.ASCENDING, table, ScopeCheck.none(), NextTokenCodec.withRandomKey());

    AtomicBoolean paging = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Task> returned = new ArrayList<>();
    AtomicLong writes = new AtomicLong();
    try {
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < 2; w++) {
        long seed = w;
        writers.add(
            pool.submit(
                () -> churn(table, new Random(seed), paging, stableCount, churnCount, writes)));
      }
      String token = null;
      long seen = 0;
      do {
        // Each page waits for a write after the last one: on a busy 2-core machine the writers
        // may otherwise not be scheduled before the paging ends, and nothing would be tested.
        seen = awaitWriteAfter(writes, seen, writers);
        Page<Task> page = engine.page("e1", filters, 10, token);
        returned.addAll(page.items());
        token = page.nextToken();
      } while (token != null);
      paging.set(false);
      for (Future<?> writer : writers) {
        writer.get(60, TimeUnit.SECONDS);
      }
    } finally {
      paging.set(false);
      pool.shutdownNow();
    }

    assertTrue(writes.get() > 0, "no write happened while paging");
    List<String> ids = returned.stream().map(Task::id).collect(Collectors.toList());
    assertEquals(ids.size(), new HashSet<>(ids).size(), "a record came back twice");
    for (int i = 1; i < returned.size(); i++) {
      assertTrue(
          TaskQueries.ASCENDING.orderComparator().compare(returned.get(i - 1), returned.get(i)) < 0,
          "results are strictly ordered");
    }
    Set<String> returnedIds = new HashSet<>(ids);
    for (Task task : stable) {
      boolean matches = !filtered || !task.status().equals("FAILED");
      assertEquals(matches, returnedIds.contains(task.id()), task.toString());
    }
    for (Task task : returned) {
      assertTrue(
          !filtered || !task.status().equals("FAILED"),
          "returned a record that did not match: " + task);
    }
  }

  /**
   * Waits until {@code writes} has moved past {@code seen}, and answers its new count; a writer
   * that stopped (it threw) fails the test at once instead of at the timeout.
   */
  private static long awaitWriteAfter(AtomicLong writes, long seen, List<Future<?>> writers)
      throws Exception {
    long now;
    while ((now = writes.get()) <= seen) {
      for (Future<?> writer : writers) {
        if (writer.isDone()) {
          writer.get();
          throw new AssertionError("a writer stopped while paging");
        }
      }
      Thread.yield();
    }
    return now;
  }

  /**
   * A churn record keeps one start time for its id: paging promises nothing for a moved order key.
   */
  private static Task churnTask(String id, String status) {
    return Task.of("e1", id, status, at(Math.floorMod(id.hashCode(), 1_000)));
  }

  private static void churn(
      Table<Task> table,
      Random random,
      AtomicBoolean paging,
      int stable,
      int churn,
      AtomicLong writes) {
    while (paging.get()) {
      switch (random.nextInt(5)) {
        case 0 ->
            table
                .get(Key.of("e1", "s" + random.nextInt(stable)))
                .ifPresent(task -> table.put(task.withDetails("update " + random.nextInt())));
        case 1 -> table.delete(Key.of("e1", "c" + random.nextInt(churn * 2)));
        case 2 ->
            table.put(
                churnTask("c" + random.nextInt(churn * 2), THREE_STATUSES.get(random.nextInt(3))));
        case 3 ->
            table
                .get(Key.of("e1", "c" + random.nextInt(churn * 2)))
                .ifPresent(
                    task -> table.put(task.withStatus(THREE_STATUSES.get(random.nextInt(3)))));
        default ->
            table.put(
                Task.of("e2", "x" + random.nextInt(churn), "PENDING", at(random.nextInt(1_000))));
      }
      writes.incrementAndGet();
    }
  }

  /**
   * A record whose filter column flips between two values of one {@code IN} filter may sit in both
   * index ranges for a moment; no pass may return it twice or out of order.
   */
  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aRecordMovingBetweenTwoInRangesComesBackOnce() throws Exception {
    Table<Task> table = queryTable();
    int records = 200;
    int passes = 400 / scale();
    List<String> both = List.of("PENDING", "SUCCESS");
    for (int i = 0; i < records; i++) {
      table.put(Task.of("e1", String.format("f%03d", i), both.get(i % 2), at(i / 4)));
    }
    QueryEngine<Task, String> engine =
        new QueryEngine<>(
            TaskQueries.ASCENDING, table, ScopeCheck.none(), NextTokenCodec.withRandomKey());
    List<RequestFilter> pendingOrSuccess = List.of(new RequestFilter("STATUS", both));
    AtomicBoolean paging = new AtomicBoolean(true);
    AtomicLong flips = new AtomicLong();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<?> writer =
          pool.submit(
              () -> {
                Random random = new Random(11);
                while (paging.get()) {
                  Key key = Key.of("e1", String.format("f%03d", random.nextInt(records)));
                  Task task = table.get(key).orElseThrow();
                  table.put(
                      task.withStatus(task.status().equals("PENDING") ? "SUCCESS" : "PENDING"));
                  flips.incrementAndGet();
                }
              });
      Random sizes = new Random(5);
      long flipped = 0;
      for (int pass = 0; pass < passes; pass++) {
        List<Task> seen = new ArrayList<>();
        String token = null;
        do {
          flipped = awaitWriteAfter(flips, flipped, List.of(writer));
          Page<Task> page = engine.page("e1", pendingOrSuccess, 1 + sizes.nextInt(25), token);
          seen.addAll(page.items());
          token = page.nextToken();
        } while (token != null);
        Set<String> ids = new HashSet<>();
        for (Task task : seen) {
          assertTrue(ids.add(task.id()), "pass " + pass + " returned " + task.id() + " twice");
        }
        for (int i = 1; i < seen.size(); i++) {
          assertTrue(
              TaskQueries.ASCENDING.orderComparator().compare(seen.get(i - 1), seen.get(i)) < 0,
              "pass " + pass + " is not strictly ordered at " + seen.get(i));
        }
      }
      paging.set(false);
      writer.get(60, TimeUnit.SECONDS);
    } finally {
      paging.set(false);
      pool.shutdownNow();
    }
    assertTrue(flips.get() > 0, "the writer never changed a status");
    assertEquals(
        records, all(table, table.schema().primaryKey(), ScanRange.prefix(Key.of("e1"))).size());
  }

  /** Records updated in place (same order key and filter column) are never missed by a pass. */
  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void recordsUpdatedInPlaceAreNeverMissed() throws Exception {
    Table<Task> table = queryTable();
    int records = 30;
    int passes = 1_500 / scale();
    for (int i = 0; i < records; i++) {
      table.put(Task.of("e1", String.format("h%02d", i), THREE_STATUSES.get(i % 2), at(i)));
    }
    List<RequestFilter> filters =
        List.of(new RequestFilter("STATUS", List.of("PENDING", "SUCCESS")));
    QueryEngine<Task, String> engine =
        new QueryEngine<>(
            TaskQueries.ASCENDING, table, ScopeCheck.none(), NextTokenCodec.withRandomKey());
    AtomicBoolean paging = new AtomicBoolean(true);
    AtomicLong updates = new AtomicLong();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<?> writer =
          pool.submit(
              () -> {
                Random random = new Random(3);
                while (paging.get()) {
                  Key key = Key.of("e1", String.format("h%02d", random.nextInt(records)));
                  table.put(table.get(key).orElseThrow().withDetails("update " + updates.get()));
                  updates.incrementAndGet();
                }
              });
      long updated = 0;
      for (int pass = 0; pass < passes; pass++) {
        List<String> seen = new ArrayList<>();
        String token = null;
        do {
          updated = awaitWriteAfter(updates, updated, List.of(writer));
          Page<Task> page = engine.page("e1", pass % 2 == 0 ? filters : List.of(), 10, token);
          page.items().forEach(task -> seen.add(task.id()));
          token = page.nextToken();
        } while (token != null);
        assertEquals(records, seen.size(), "pass " + pass + " returned " + seen);
      }
      paging.set(false);
      writer.get(60, TimeUnit.SECONDS);
    } finally {
      paging.set(false);
      pool.shutdownNow();
    }
  }
}
