package io.shapeforge.benchmarks.alternatives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapeforge.benchmarks.dataset.TaskDataset;
import io.shapeforge.benchmarks.dataset.TaskRecord;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * H2, the skip list and the scan must return the same pages, or comparing their speed means
 * nothing.
 */
class PageAgreementTest {
  private static final List<String> STATUSES = TaskDataset.PAGE_STATUSES;
  private static TaskDataset data;
  private static List<TaskRecord> tasks;
  private static H2TaskTable h2;
  private static H2TaskTable.PageQuery h2Query;
  private static SkipListTaskIndex<TaskRecord> skipList;
  private static ScanTaskList<TaskRecord> scan;

  @BeforeAll
  static void load() throws SQLException {
    data = TaskDataset.of(4_500);
    tasks = data.toList();
    h2 = H2TaskTable.create();
    h2.insertAll(data);
    h2Query = h2.pageQuery(STATUSES.size());
    skipList = new SkipListTaskIndex<>(TaskAccess.RECORDS);
    tasks.forEach(skipList::put);
    scan = new ScanTaskList<>(tasks, TaskAccess.RECORDS);
  }

  @AfterAll
  static void close() throws SQLException {
    h2Query.close();
    h2.close();
  }

  @Test
  void everyEngineHoldsEveryTask() throws SQLException {
    assertEquals(4_500, h2.count());
    assertEquals(4_500, skipList.size());
  }

  @Test
  void firstPageIsTheHundredEarliestMatchingTasksOfTheExecution() throws SQLException {
    String execution = data.midTableExecutionId();
    List<TaskRecord> expected =
        tasks.stream()
            .filter(t -> t.windowExecutionId().equals(execution) && STATUSES.contains(t.status()))
            .sorted(
                Comparator.comparing(TaskRecord::startTime)
                    .thenComparing(TaskRecord::taskExecutionId))
            .limit(100)
            .toList();
    assertEquals(100, expected.size());
    assertEquals(expected, scan.page(execution, Set.copyOf(STATUSES), PageKey.BEFORE_ALL, 100));
    assertEquals(expected, skipList.page(execution, Set.copyOf(STATUSES), PageKey.BEFORE_ALL, 100));
    assertEquals(
        expected,
        h2Query.page(execution, STATUSES, PageKey.BEFORE_ALL, 100, H2TaskTable.TASK_RECORDS));
  }

  @Test
  void keysetPagesWalkEveryExecutionIdenticallyToTheEnd() throws SQLException {
    for (String execution : data.executionIds()) {
      List<TaskRecord> all = walk(execution, "scan");
      assertEquals(all, walk(execution, "skipList"));
      assertEquals(all, walk(execution, "h2"));
      long matching =
          tasks.stream()
              .filter(t -> t.windowExecutionId().equals(execution) && STATUSES.contains(t.status()))
              .count();
      assertEquals(matching, all.size());
      for (int i = 1; i < all.size(); i++) {
        assertTrue(
            TaskAccess.RECORDS.keyOf(all.get(i - 1)).compareTo(TaskAccess.RECORDS.keyOf(all.get(i)))
                < 0);
      }
    }
  }

  @Test
  void unknownExecutionHasAnEmptyPage() throws SQLException {
    String unknown = "00000000-0000-0000-0000-000000000000";
    assertTrue(scan.page(unknown, Set.copyOf(STATUSES), PageKey.BEFORE_ALL, 100).isEmpty());
    assertTrue(skipList.page(unknown, Set.copyOf(STATUSES), PageKey.BEFORE_ALL, 100).isEmpty());
    assertTrue(
        h2Query
            .page(unknown, STATUSES, PageKey.BEFORE_ALL, 100, H2TaskTable.TASK_RECORDS)
            .isEmpty());
  }

  private static List<TaskRecord> walk(String execution, String engine) throws SQLException {
    List<TaskRecord> all = new ArrayList<>();
    PageKey after = PageKey.BEFORE_ALL;
    while (true) {
      List<TaskRecord> page =
          switch (engine) {
            case "scan" -> scan.page(execution, Set.copyOf(STATUSES), after, 37);
            case "skipList" -> skipList.page(execution, Set.copyOf(STATUSES), after, 37);
            default -> h2Query.page(execution, STATUSES, after, 37, H2TaskTable.TASK_RECORDS);
          };
      all.addAll(page);
      if (page.size() < 37) {
        return all;
      }
      after = TaskAccess.RECORDS.keyOf(page.get(page.size() - 1));
    }
  }
}
