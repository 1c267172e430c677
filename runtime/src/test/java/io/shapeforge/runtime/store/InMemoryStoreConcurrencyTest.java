package io.shapeforge.runtime.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Concurrent writers and readers: indexes stay in step with the primary key. */
class InMemoryStoreConcurrencyTest {
  private static final IndexDefinition<Task> BY_STATUS =
      IndexDefinition.of("byStatus", Task.EXECUTION.ascending(), Task.STATUS.ascending(), Task.START.ascending());
  private static final IndexDefinition<Task> BY_START =
      IndexDefinition.of("byStart", Task.EXECUTION.ascending(), Task.START.descending(), Task.ID.ascending());
  private static final TableSchema<Task> SCHEMA = TableSchema.builder("tasks", Task.EXECUTION.ascending(), Task.ID.ascending())
      .index(BY_STATUS).index(BY_START).build();
  private static final String[] STATUSES = {"PENDING", "SUCCESS", "FAILED"};
  private static final int KEYS = 200;
  private static final int WRITERS = 3;
  private static final int OPERATIONS_PER_WRITER = 20_000;

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void indexesAgreeWithThePrimaryKeyAfterConcurrentPutsAndDeletes() throws Exception {
    Table<Task> table = new InMemoryStore().table(SCHEMA);
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
    ConcurrentLinkedQueue<String> readerProblems = new ConcurrentLinkedQueue<>();
    CountDownLatch writersDone = new CountDownLatch(WRITERS);
    try {
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        long seed = w;
        writers.add(pool.submit(() -> {
          try {
            write(table, new Random(seed));
          } finally {
            writersDone.countDown();
          }
        }));
      }
      Future<?> reader = pool.submit(() -> {
        Random random = new Random(99);
        while (writersDone.getCount() > 0) {
          String id = "t" + random.nextInt(KEYS);
          table.get(Key.of("e1", id)).ifPresent(task -> {
            if (!task.id().equals(id)) {
              readerProblems.add("get " + id + " returned " + task);
            }
          });
          List<Task> scanned = scan(table, BY_START);
          for (int i = 1; i < scanned.size(); i++) {
            if (Comparator.comparing(Task::start).reversed().compare(scanned.get(i - 1), scanned.get(i)) > 0) {
              readerProblems.add("out of order: " + scanned.get(i - 1) + " before " + scanned.get(i));
            }
          }
        }
      });
      for (Future<?> writer : writers) {
        writer.get(60, TimeUnit.SECONDS);
      }
      reader.get(60, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }

    assertEquals(List.of(), List.copyOf(readerProblems));
    List<Task> primary = scan(table, SCHEMA.primaryKey());
    assertEquals(primary.size(), table.size());
    Map<String, Task> byId = primary.stream().collect(Collectors.toMap(Task::id, Function.identity()));
    for (IndexDefinition<Task> index : SCHEMA.secondaryIndexes()) {
      List<Task> entries = scan(table, index);
      assertEquals(primary.size(), entries.size(), index.name());
      for (Task entry : entries) {
        assertEquals(byId.get(entry.id()), entry, index.name());
      }
    }
    for (String status : STATUSES) {
      List<Task> inStatus = scanRange(table, BY_STATUS, ScanRange.prefix(Key.of("e1", status)));
      assertTrue(inStatus.stream().allMatch(task -> task.status().equals(status)));
      assertEquals(primary.stream().filter(task -> task.status().equals(status)).count(), inStatus.size());
    }
  }

  private static void write(Table<Task> table, Random random) {
    for (int i = 0; i < OPERATIONS_PER_WRITER; i++) {
      String id = "t" + random.nextInt(KEYS);
      if (random.nextInt(4) == 0) {
        table.delete(Key.of("e1", id));
      } else {
        Instant start = Instant.ofEpochSecond(random.nextInt(50));
        table.put(new Task("e1", id, STATUSES[random.nextInt(STATUSES.length)], "T", start,
            null, null, null, "d" + random.nextInt(3)));
      }
    }
  }

  private static List<Task> scan(Table<Task> table, IndexDefinition<Task> index) {
    return scanRange(table, index, ScanRange.all());
  }

  private static List<Task> scanRange(Table<Task> table, IndexDefinition<Task> index, ScanRange range) {
    try (Stream<Task> scan = table.scan(index, range)) {
      return scan.collect(Collectors.toList());
    }
  }
}
