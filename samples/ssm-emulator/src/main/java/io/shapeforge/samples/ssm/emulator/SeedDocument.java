package io.shapeforge.samples.ssm.emulator;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecution;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionTaskIdentity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The content of a seed file: maintenance window executions and their task executions, in wire
 * format (PascalCase members, epoch-second timestamps).
 *
 * <pre>{@code
 * {
 *   "WindowExecutions": [{"WindowExecutionId": "...", "Status": "SUCCESS", "StartTime": 1628100935.145}],
 *   "WindowExecutionTasks": [{"WindowExecutionId": "...", "TaskExecutionId": "...", "Status": "SUCCESS"}]
 * }
 * }</pre>
 *
 * <p>A document may hold invalid records ({@code null} elements included): {@link SeedReader}
 * reports them all. An execution exists once it is listed, even with no tasks.
 *
 * @param windowExecutions the executions; absent means none
 * @param windowExecutionTasks the task executions; absent means none
 */
public record SeedDocument(
    @JsonProperty("WindowExecutions") List<MaintenanceWindowExecution> windowExecutions,
    @JsonProperty("WindowExecutionTasks")
        List<MaintenanceWindowExecutionTaskIdentity> windowExecutionTasks) {

  /** Copies both lists, keeping {@code null} elements so they can be reported. */
  public SeedDocument {
    windowExecutions = copyOf(windowExecutions);
    windowExecutionTasks = copyOf(windowExecutionTasks);
  }

  private static <T> List<T> copyOf(List<T> list) {
    return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
  }
}
