package io.shapeforge.runtime.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The copy-on-write B+ tree against a {@link TreeSet} of the same order, through enough random
 * inserts, moves, swaps and deletes that it grows three levels deep, splits and drops leaves and
 * inner nodes: every range of every kind, every look-up, and a scan that started before a burst of
 * writes still reading the index as it was.
 */
class OrderedIndexTest {
  private static final IndexDefinition<Task> PRIMARY =
      IndexDefinition.of(TableSchema.PRIMARY_KEY, Task.EXECUTION.ascending(), Task.ID.ascending());
  private static final IndexDefinition<Task> BY_STATUS =
      IndexDefinition.of(
          "byStatus", Task.EXECUTION.ascending(), Task.STATUS.ascending(), Task.START.descending());
  private static final List<String> EXECUTIONS = List.of("e1", "e2", "e3", "e4");
  private static final List<String> STATUSES = List.of("FAILED", "PENDING", "SUCCESS");

  @ParameterizedTest
  @ValueSource(longs = {1L, 20_211_201L, -7L})
  void agreesWithASortedSetThroughRandomWrites(long seed) {
    Random random = new Random(seed);
    OrderedIndex<Task> primary = new OrderedIndex<>(PRIMARY, PRIMARY);
    OrderedIndex<Task> byStatus = new OrderedIndex<>(BY_STATUS, PRIMARY);
    TreeSet<Task> expectedPrimary = new TreeSet<>(orderOf(PRIMARY, PRIMARY));
    TreeSet<Task> expectedByStatus = new TreeSet<>(orderOf(BY_STATUS, PRIMARY));
    Map<String, Task> byId = new HashMap<>();
    List<String> ids = new ArrayList<>();
    int nextId = 0;

    for (int step = 0; step < 60_000; step++) {
      int action = random.nextInt(10);
      // Grow for the first half (to about 12,000 records), then shrink towards empty.
      boolean firstHalf = step < 30_000;
      if ((firstHalf ? action < 6 : action < 2) || ids.isEmpty()) {
        String id = String.format("t%06d", random.nextInt(1_000_000)) + "-" + nextId++;
        Task task = randomTask(random, EXECUTIONS.get(random.nextInt(EXECUTIONS.size())), id);
        primary.insert(task);
        byStatus.insert(task);
        expectedPrimary.add(task);
        expectedByStatus.add(task);
        byId.put(id, task);
        ids.add(id);
      } else if (firstHalf ? action < 8 : action < 7) {
        String id = ids.remove(random.nextInt(ids.size()));
        Task gone = byId.remove(id);
        primary.remove(gone);
        byStatus.remove(gone);
        expectedPrimary.remove(gone);
        expectedByStatus.remove(gone);
      } else {
        String id = ids.get(random.nextInt(ids.size()));
        Task before = byId.get(id);
        // Half the moves keep the key (a swap in place), half change it.
        Task after =
            random.nextBoolean()
                ? before.withDetails("v" + step)
                : randomTask(random, before.executionId(), id);
        primary.replace(before, after);
        byStatus.replace(before, after);
        expectedPrimary.remove(before);
        expectedPrimary.add(after);
        expectedByStatus.remove(before);
        expectedByStatus.add(after);
        byId.put(id, after);
      }
      if (step % 5_000 == 4_999 || step == 59_999) {
        checkRanges(random, byStatus, expectedByStatus);
        checkLookUps(random, primary, byId, ids);
        assertEquals(
            new ArrayList<>(expectedPrimary), drain(primary.scan(ScanRange.all())), "primary");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 63, 64, 65, 4_096, 5_000})
  void aScanReadsTheIndexAsItWasWhenItStarted(int size) {
    Random random = new Random(size);
    OrderedIndex<Task> index = new OrderedIndex<>(BY_STATUS, PRIMARY);
    TreeSet<Task> expected = new TreeSet<>(orderOf(BY_STATUS, PRIMARY));
    List<Task> stored = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      Task task = randomTask(random, "e1", String.format("t%05d", i));
      index.insert(task);
      expected.add(task);
      stored.add(task);
    }
    Iterator<Task> scan = index.scan(ScanRange.prefix(Key.of("e1")));
    List<Iterator<Task>> twoRanges =
        index.scan(
            List.of(
                ScanRange.prefix(Key.of("e1", "FAILED")),
                ScanRange.prefix(Key.of("e1", "SUCCESS"))));
    for (Task task : stored) {
      if (random.nextBoolean()) {
        index.remove(task);
      } else {
        index.replace(task, task.withStatus("SUCCESS").withStart(Instant.EPOCH));
      }
      index.insert(randomTask(random, "e1", task.id() + "-new"));
    }
    assertEquals(new ArrayList<>(expected), drain(scan));
    assertEquals(
        filter(expected, "FAILED"), drain(twoRanges.get(0)), "FAILED range of the snapshot");
    assertEquals(
        filter(expected, "SUCCESS"), drain(twoRanges.get(1)), "SUCCESS range of the snapshot");
  }

  private static void checkRanges(Random random, OrderedIndex<Task> index, TreeSet<Task> all) {
    assertEquals(new ArrayList<>(all), drain(index.scan(ScanRange.all())), "whole index");
    for (int i = 0; i < 40; i++) {
      String execution = EXECUTIONS.get(random.nextInt(EXECUTIONS.size()) % EXECUTIONS.size());
      Key prefix =
          random.nextBoolean()
              ? Key.of(execution)
              : Key.of(execution, STATUSES.get(random.nextInt(STATUSES.size())));
      ScanRange range = ScanRange.prefix(prefix);
      Key bound = null;
      boolean inclusive = random.nextBoolean();
      int kind = random.nextInt(4);
      if (kind == 1) {
        // A bound inside the prefix: one more value.
        bound =
            prefix.size() == 1
                ? prefix.append(STATUSES.get(random.nextInt(STATUSES.size())))
                : prefix.append(Instant.ofEpochSecond(random.nextInt(60)));
      } else if (kind == 2) {
        // A bound before or after the whole prefix.
        bound = Key.of(random.nextBoolean() ? "e0" : "e9");
      } else if (kind == 3) {
        bound = prefix;
      }
      if (bound != null) {
        range = inclusive ? range.from(bound) : range.after(bound);
      }
      List<Task> expected = new ArrayList<>();
      for (Task task : all) {
        if (inRange(task, range)) {
          expected.add(task);
        }
      }
      assertEquals(expected, drain(index.scan(range)), range.toString());
    }
  }

  private static void checkLookUps(
      Random random, OrderedIndex<Task> primary, Map<String, Task> byId, List<String> ids) {
    for (int i = 0; i < 200 && !ids.isEmpty(); i++) {
      Task task = byId.get(ids.get(random.nextInt(ids.size())));
      assertSame(task, primary.find(Key.of(task.executionId(), task.id())));
      assertSame(task, primary.find(task.withDetails("another version")));
      assertNull(primary.find(Key.of(task.executionId(), task.id() + "x")));
      assertNull(primary.find(Key.of("e0", task.id())));
    }
  }

  /** Whether a record of BY_STATUS lies in {@code range}, from the definition of a range. */
  private static boolean inRange(Task task, ScanRange range) {
    List<KeyPart<Task>> parts = BY_STATUS.parts();
    Object[] values = {task.executionId(), task.status(), task.start()};
    for (int i = 0; i < range.prefix().size(); i++) {
      if (parts.get(i).compareValues(values[i], range.prefix().get(i)) != 0) {
        return false;
      }
    }
    if (range.lowerBound() == null) {
      return true;
    }
    Key bound = range.lowerBound();
    for (int i = 0; i < bound.size(); i++) {
      int order = parts.get(i).compareValues(values[i], bound.get(i));
      if (order != 0) {
        return order > 0;
      }
    }
    return range.lowerInclusive();
  }

  private static List<Task> filter(TreeSet<Task> all, String status) {
    List<Task> matching = new ArrayList<>();
    for (Task task : all) {
      if (task.status().equals(status)) {
        matching.add(task);
      }
    }
    return matching;
  }

  private static Task randomTask(Random random, String execution, String id) {
    return Task.of(
        execution,
        id,
        STATUSES.get(random.nextInt(STATUSES.size())),
        // Few distinct start times, so index keys repeat and the primary key orders them.
        random.nextInt(20) == 0 ? null : Instant.ofEpochSecond(random.nextInt(60)));
  }

  private static Comparator<Task> orderOf(IndexDefinition<Task> index, IndexDefinition<Task> pk) {
    List<KeyPart<Task>> parts = new ArrayList<>(index.parts());
    if (index != pk) {
      parts.addAll(pk.parts());
    }
    return (left, right) -> {
      for (KeyPart<Task> part : parts) {
        int order = part.compareRecords(left, right);
        if (order != 0) {
          return order;
        }
      }
      return 0;
    };
  }

  private static List<Task> drain(Iterator<Task> records) {
    List<Task> all = new ArrayList<>();
    records.forEachRemaining(all::add);
    return all;
  }
}
