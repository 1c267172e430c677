package io.shapeforge.benchmarks.alternatives;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The naive answer: keep every task in a list and filter, sort and limit a stream over all of it
 * per page: every page reads the whole table, then sorts what matched.
 *
 * @param <T> the task type
 */
public final class ScanTaskList<T> {
  private final List<T> tasks;
  private final TaskAccess<T> access;
  private final Comparator<T> order;

  /** Scans {@code tasks} (kept, not copied). */
  public ScanTaskList(List<T> tasks, TaskAccess<T> access) {
    this.tasks = tasks;
    this.access = access;
    this.order = Comparator.comparing(access::startTime).thenComparing(access::taskExecutionId);
  }

  /**
   * The first {@code limit} tasks of the execution with one of {@code statuses}, strictly after
   * {@code after}.
   */
  public List<T> page(String executionId, Set<String> statuses, PageKey after, int limit) {
    return tasks.stream()
        .filter(task -> access.windowExecutionId(task).equals(executionId))
        .filter(task -> statuses.contains(access.status(task)))
        .filter(task -> access.keyOf(task).compareTo(after) > 0)
        .sorted(order)
        .limit(limit)
        .toList();
  }
}
