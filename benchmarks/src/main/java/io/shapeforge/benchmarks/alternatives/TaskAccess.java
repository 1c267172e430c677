package io.shapeforge.benchmarks.alternatives;

import io.shapeforge.benchmarks.dataset.TaskRecord;
import java.time.Instant;

/**
 * Reads the members a page query needs from a task of type {@code T}, so one index or scan serves
 * both {@link TaskRecord} and the generated {@code MaintenanceWindowExecutionTaskIdentity}.
 *
 * @param <T> the task type
 */
public interface TaskAccess<T> {
  /** Access to plain {@link TaskRecord}s. */
  TaskAccess<TaskRecord> RECORDS =
      new TaskAccess<>() {
        @Override
        public String windowExecutionId(TaskRecord task) {
          return task.windowExecutionId();
        }

        @Override
        public String taskExecutionId(TaskRecord task) {
          return task.taskExecutionId();
        }

        @Override
        public String status(TaskRecord task) {
          return task.status();
        }

        @Override
        public Instant startTime(TaskRecord task) {
          return task.startTime();
        }
      };

  /** The scope of the query: the window execution the task ran in. */
  String windowExecutionId(T task);

  /** The unique id, the tie breaker of the order. */
  String taskExecutionId(T task);

  /** The wire value of the status, e.g. {@code "SUCCESS"}. */
  String status(T task);

  /** The first member of the order. */
  Instant startTime(T task);

  /** The task's position in the page order. */
  default PageKey keyOf(T task) {
    return new PageKey(startTime(task), taskExecutionId(task));
  }
}
