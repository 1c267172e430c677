package io.shapeforge.benchmarks.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TaskDatasetTest {
  private static final Pattern EXECUTION_ID =
      Pattern.compile(
          "^[0-9a-fA-F]{8}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{12}$");

  @Test
  void sameSeedSameRecords() {
    assertEquals(TaskDataset.of(2_500).toList(), TaskDataset.of(2_500).toList());
  }

  @Test
  void spreadsThousandTasksPerExecutionWithAShortLastOne() {
    TaskDataset data = TaskDataset.of(2_500);
    Map<String, Long> perExecution =
        data.toList().stream()
            .collect(Collectors.groupingBy(TaskRecord::windowExecutionId, Collectors.counting()));
    List<String> ids = data.executionIds();
    assertEquals(3, ids.size());
    assertEquals(Map.of(ids.get(0), 1_000L, ids.get(1), 1_000L, ids.get(2), 500L), perExecution);
    assertEquals(ids.get(1), data.midTableExecutionId());
  }

  @Test
  void idsSatisfyTheSpecPatternAndAreUnique() {
    List<TaskRecord> tasks = TaskDataset.of(3_000).toList();
    assertTrue(tasks.stream().allMatch(t -> EXECUTION_ID.matcher(t.taskExecutionId()).matches()));
    assertTrue(tasks.stream().allMatch(t -> EXECUTION_ID.matcher(t.windowExecutionId()).matches()));
    assertEquals(tasks.size(), tasks.stream().map(TaskRecord::taskExecutionId).distinct().count());
  }

  @Test
  void everyStatusOccursAndTasksEndAfterTheyStart() {
    List<TaskRecord> tasks = TaskDataset.of(2_000).toList();
    assertEquals(
        Set.copyOf(TaskDataset.STATUSES),
        tasks.stream().map(TaskRecord::status).collect(Collectors.toSet()));
    assertTrue(tasks.stream().allMatch(t -> t.endTime().isAfter(t.startTime())));
  }

  @Test
  void growingTheDataSetKeepsTheExistingExecutions() {
    assertEquals(
        TaskDataset.of(2_000).executionIds(), TaskDataset.of(5_000).executionIds().subList(0, 2));
  }
}
