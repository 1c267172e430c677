package io.shapeforge.benchmarks.alternatives;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The floor of what plain Java does: a {@link ConcurrentSkipListMap} keyed by (execution, start
 * time, task id). A page seeks to the execution and walks it in order, skipping tasks whose status
 * does not match, so it reads the page plus the non-matching tasks in between.
 *
 * @param <T> the task type
 */
public final class SkipListTaskIndex<T> {
  private final ConcurrentSkipListMap<IndexKey, T> index = new ConcurrentSkipListMap<>();
  private final TaskAccess<T> access;

  /** An empty index reading tasks through {@code access}. */
  public SkipListTaskIndex(TaskAccess<T> access) {
    this.access = access;
  }

  /** Adds or replaces {@code task}. */
  public void put(T task) {
    index.put(
        new IndexKey(
            access.windowExecutionId(task), access.startTime(task), access.taskExecutionId(task)),
        task);
  }

  /** The number of tasks held. */
  public int size() {
    return index.size();
  }

  /**
   * The first {@code limit} tasks of the execution with one of {@code statuses}, strictly after
   * {@code after}.
   */
  public List<T> page(String executionId, Set<String> statuses, PageKey after, int limit) {
    NavigableMap<IndexKey, T> execution =
        index.subMap(
            new IndexKey(executionId, after.startTime(), after.taskExecutionId()), false,
            new IndexKey(executionId, Instant.MAX, ""), false);
    List<T> page = new ArrayList<>(limit);
    for (Map.Entry<IndexKey, T> entry : execution.entrySet()) {
      T task = entry.getValue();
      if (statuses.contains(access.status(task))) {
        page.add(task);
        if (page.size() == limit) {
          break;
        }
      }
    }
    return page;
  }

  private record IndexKey(String executionId, Instant startTime, String taskExecutionId)
      implements Comparable<IndexKey> {
    // Written out rather than Comparator.comparing chains: this is the hand-tuned floor.
    @Override
    public int compareTo(IndexKey other) {
      int byExecution = executionId.compareTo(other.executionId);
      if (byExecution != 0) {
        return byExecution;
      }
      int byStart = startTime.compareTo(other.startTime);
      return byStart != 0 ? byStart : taskExecutionId.compareTo(other.taskExecutionId);
    }
  }
}
