package io.shapeforge.benchmarks.query;

import io.shapeforge.benchmarks.alternatives.H2TaskTable;
import io.shapeforge.benchmarks.alternatives.RowMapper;
import io.shapeforge.benchmarks.alternatives.TaskAccess;
import io.shapeforge.benchmarks.dataset.TaskRecord;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionTaskIdentity;
import java.time.Instant;

/**
 * Bridges the benchmark data set and the alternatives to the generated {@link
 * MaintenanceWindowExecutionTaskIdentity}, so every engine returns the same model objects.
 */
public final class IdentityModels {
  /** Reads the page-query members of a generated identity. */
  public static final TaskAccess<MaintenanceWindowExecutionTaskIdentity> ACCESS =
      new TaskAccess<>() {
        @Override
        public String windowExecutionId(MaintenanceWindowExecutionTaskIdentity task) {
          return task.windowExecutionId();
        }

        @Override
        public String taskExecutionId(MaintenanceWindowExecutionTaskIdentity task) {
          return task.taskExecutionId();
        }

        @Override
        public String status(MaintenanceWindowExecutionTaskIdentity task) {
          return task.statusAsString();
        }

        @Override
        public Instant startTime(MaintenanceWindowExecutionTaskIdentity task) {
          return task.startTime();
        }
      };

  /** Materialises an H2 page row as a generated identity. */
  public static final RowMapper<MaintenanceWindowExecutionTaskIdentity> ROWS =
      row ->
          MaintenanceWindowExecutionTaskIdentity.builder()
              .windowExecutionId(row.getString(H2TaskTable.COLUMN_WINDOW_EXECUTION_ID))
              .taskExecutionId(row.getString(H2TaskTable.COLUMN_TASK_EXECUTION_ID))
              .status(row.getString(H2TaskTable.COLUMN_STATUS))
              .statusDetails(row.getString(H2TaskTable.COLUMN_STATUS_DETAILS))
              .startTime(row.getObject(H2TaskTable.COLUMN_START_TIME, Instant.class))
              .endTime(row.getObject(H2TaskTable.COLUMN_END_TIME, Instant.class))
              .taskArn(row.getString(H2TaskTable.COLUMN_TASK_ARN))
              .taskType(row.getString(H2TaskTable.COLUMN_TASK_TYPE))
              .build();

  private IdentityModels() {}

  /** The generated identity holding {@code task}'s members. */
  public static MaintenanceWindowExecutionTaskIdentity toModel(TaskRecord task) {
    return MaintenanceWindowExecutionTaskIdentity.builder()
        .windowExecutionId(task.windowExecutionId())
        .taskExecutionId(task.taskExecutionId())
        .status(task.status())
        .statusDetails(task.statusDetails())
        .startTime(task.startTime())
        .endTime(task.endTime())
        .taskArn(task.taskArn())
        .taskType(task.taskType())
        .build();
  }
}
