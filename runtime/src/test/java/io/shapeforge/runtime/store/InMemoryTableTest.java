package io.shapeforge.runtime.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class InMemoryTableTest {
  private static final IndexDefinition<Task> BY_STATUS =
      IndexDefinition.of("byStatus", Task.EXECUTION.ascending(), Task.STATUS.ascending(), Task.START.ascending());
  private static final IndexDefinition<Task> BY_START_DESC =
      IndexDefinition.of("byStartDesc", Task.EXECUTION.ascending(), Task.START.descending());
  private static final TableSchema<Task> SCHEMA = TableSchema.builder("tasks", Task.EXECUTION.ascending(), Task.ID.ascending())
      .index(BY_STATUS)
      .index(BY_START_DESC)
      .build();

  private final Table<Task> tasks = new InMemoryStore().table(SCHEMA);

  private static Instant at(long seconds) {
    return Instant.ofEpochSecond(seconds);
  }

  private static List<String> ids(Stream<Task> scan) {
    try (scan) {
      return scan.map(Task::id).collect(Collectors.toList());
    }
  }

  @Test
  void getsPutsAndDeletesByPrimaryKey() {
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
  void nullsSortFirstAscendingAndLastDescending() {
    tasks.put(Task.of("e1", "late", "S", at(30)));
    tasks.put(Task.of("e1", "none", "S", null));
    tasks.put(Task.of("e1", "early", "S", at(10)));
    tasks.put(Task.of("e1", "nostatus", null, at(20)));

    assertEquals(List.of("nostatus", "none", "early", "late"),
        ids(tasks.scan(BY_STATUS, ScanRange.prefix(Key.of("e1")))));
    assertEquals(List.of("late", "nostatus", "early", "none"),
        ids(tasks.scan(BY_START_DESC, ScanRange.prefix(Key.of("e1")))));
    assertEquals(List.of("nostatus"), ids(tasks.scan(BY_STATUS, ScanRange.prefix(Key.of("e1", null)))));
  }

  @Test
  void rangesRespectPrefixAndLowerBounds() {
    for (int i = 1; i <= 5; i++) {
      tasks.put(Task.of("e1", "t" + i, "S", at(i * 10)));
      tasks.put(Task.of("e2", "u" + i, "S", at(i * 10)));
    }
    tasks.put(Task.of("e0", "x", "S", at(1)));
    ScanRange e1 = ScanRange.prefix(Key.of("e1", "S"));

    assertEquals(List.of("t1", "t2", "t3", "t4", "t5"), ids(tasks.scan(BY_STATUS, e1)));
    assertEquals(List.of("t4", "t5"), ids(tasks.scan(BY_STATUS, e1.after(Key.of("e1", "S", at(30))))));
    assertEquals(List.of("t3", "t4", "t5"), ids(tasks.scan(BY_STATUS, e1.from(Key.of("e1", "S", at(30))))));
    assertEquals(List.of("t3", "t4", "t5"), ids(tasks.scan(BY_STATUS, e1.after(Key.of("e1", "S", at(25))))));
    // A bound after the prefix's last entry, or past the prefix entirely, reads nothing.
    assertEquals(List.of(), ids(tasks.scan(BY_STATUS, e1.after(Key.of("e1", "S", at(50))))));
    assertEquals(List.of(), ids(tasks.scan(BY_STATUS, e1.from(Key.of("e2")))));
    // A bound before the prefix starts at the prefix.
    assertEquals(List.of("t1", "t2", "t3", "t4", "t5"), ids(tasks.scan(BY_STATUS, e1.from(Key.of("e0")))));
    // after(prefix) skips everything sharing it.
    assertEquals(List.of("u1", "u2", "u3", "u4", "u5"),
        ids(tasks.scan(SCHEMA.primaryKey(), ScanRange.all().after(Key.of("e1")))));
    assertEquals(List.of("x", "t1"), ids(tasks.scan(SCHEMA.primaryKey(), ScanRange.all()).limit(2)));
  }

  @Test
  void equalIndexKeysAreOrderedByPrimaryKey() {
    tasks.put(Task.of("e1", "b", "S", at(1)));
    tasks.put(Task.of("e1", "c", "S", at(1)));
    tasks.put(Task.of("e1", "a", "S", at(1)));
    assertEquals(List.of("a", "b", "c"), ids(tasks.scan(BY_STATUS, ScanRange.prefix(Key.of("e1", "S", at(1))))));
  }

  @Test
  void replaceMovesIndexEntries() {
    Task task = Task.of("e1", "t1", "PENDING", at(10));
    tasks.put(task);
    tasks.put(Task.of("e1", "t2", "PENDING", at(20)));
    tasks.put(task.withStatus("SUCCESS").withStart(at(30)));

    assertEquals(List.of("t2"), ids(tasks.scan(BY_STATUS, ScanRange.prefix(Key.of("e1", "PENDING")))));
    assertEquals(List.of("t1"), ids(tasks.scan(BY_STATUS, ScanRange.prefix(Key.of("e1", "SUCCESS")))));
    assertEquals(List.of("t1", "t2"), ids(tasks.scan(BY_START_DESC, ScanRange.prefix(Key.of("e1")))));

    // A replacement with an unchanged key swaps the record in place.
    tasks.put(tasks.get(Key.of("e1", "t1")).orElseThrow().withDetails("done"));
    try (Stream<Task> scan = tasks.scan(BY_STATUS, ScanRange.prefix(Key.of("e1", "SUCCESS")))) {
      assertEquals(List.of("done"), scan.map(Task::details).collect(Collectors.toList()));
    }
    assertEquals(2, tasks.size());
  }

  @Test
  void rejectsBadKeysAndUnknownIndexes() {
    assertThrows(IllegalArgumentException.class, () -> tasks.get(Key.of("e1")));
    assertThrows(IllegalArgumentException.class, () -> tasks.get(Key.of("e1", 5)));
    assertThrows(IllegalArgumentException.class, () -> tasks.put(Task.of("e1", null, "S", at(1))));
    assertThrows(IllegalArgumentException.class, () -> tasks.scan(BY_STATUS, ScanRange.prefix(Key.of("e1", "S", "not an instant"))));
    assertThrows(IllegalArgumentException.class,
        () -> tasks.scan(IndexDefinition.of("other", Task.TYPE.ascending()), ScanRange.all()));
  }

  @Test
  void storeReopensTablesAndRejectsAnotherSchemaUnderTheSameName() {
    Store store = new InMemoryStore();
    Table<Task> first = store.table(SCHEMA);
    first.put(Task.of("e1", "t1", "S", at(1)));
    TableSchema<Task> sameShape = TableSchema.builder("tasks", Task.EXECUTION.ascending(), Task.ID.ascending())
        .index(BY_STATUS).index(BY_START_DESC).build();
    assertEquals(1, store.table(sameShape).size());
    TableSchema<Task> other = TableSchema.builder("tasks", Task.ID.ascending()).build();
    assertThrows(IllegalArgumentException.class, () -> store.table(other));
  }

  @Test
  void keysOfEveryValueTypeOrderNaturally() {
    IndexDefinition<Task> mixed = IndexDefinition.of("mixed",
        Task.FLAG.ascending(), Task.PRIORITY.ascending(), Task.SIZE.descending());
    Table<Task> table = new InMemoryStore().table(
        TableSchema.builder("mixed", Task.ID.ascending()).index(mixed).build());
    table.put(new Task("e", "a", null, null, null, 2, 1L, true, ""));
    table.put(new Task("e", "b", null, null, null, 1, 1L, true, ""));
    table.put(new Task("e", "c", null, null, null, 1, 9L, true, ""));
    table.put(new Task("e", "d", null, null, null, 7, 0L, false, ""));
    table.put(new Task("e", "e", null, null, null, null, null, null, ""));
    assertEquals(List.of("e", "d", "c", "b", "a"), ids(table.scan(mixed, ScanRange.all())));
    assertEquals(List.of("c", "b"), ids(table.scan(mixed, ScanRange.prefix(Key.of(true, 1)))));
    assertTrue(table.get(Key.of("e")).isPresent());
  }
}
