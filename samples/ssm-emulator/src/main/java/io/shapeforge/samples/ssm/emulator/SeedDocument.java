package io.shapeforge.samples.ssm.emulator;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowResult;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowTaskResult;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecution;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionTaskIdentity;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowTarget;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The content of a seed file: maintenance windows with their targets and tasks, and maintenance
 * window executions with their task executions, in wire format (PascalCase members, epoch-second
 * timestamps). Every key is optional, so a seed written before windows, targets and tasks could be
 * seeded still loads.
 *
 * <pre>{@code
 * {
 *   "Windows": [{"WindowId": "mw-0123456789abcdef0", "Name": "patch", "Schedule": "cron(0 2 ? * TUE *)",
 *                "Duration": 3, "Cutoff": 1, "AllowUnassociatedTargets": false, "Enabled": true}],
 *   "WindowTargets": [{"WindowId": "mw-0123456789abcdef0", "WindowTargetId": "...", "ResourceType": "INSTANCE",
 *                      "Targets": [{"Key": "InstanceIds", "Values": ["i-0123456789abcdef0"]}]}],
 *   "WindowTasks": [{"WindowId": "mw-0123456789abcdef0", "WindowTaskId": "...", "TaskArn": "AWS-RunPatchBaseline",
 *                    "TaskType": "RUN_COMMAND"}],
 *   "WindowExecutions": [{"WindowExecutionId": "...", "Status": "SUCCESS", "StartTime": 1628100935.145}],
 *   "WindowExecutionTasks": [{"WindowExecutionId": "...", "TaskExecutionId": "...", "Status": "SUCCESS"}]
 * }
 * }</pre>
 *
 * <p>A window is a {@code GetMaintenanceWindow} answer, a target a {@code
 * DescribeMaintenanceWindowTargets} item and a task a {@code GetMaintenanceWindowTask} answer, as
 * the emulator stores them. A document may hold invalid records ({@code null} elements included):
 * {@link SeedReader} reports them all. An execution exists once it is listed, even with no tasks.
 *
 * @param windows the maintenance windows; absent means none
 * @param windowTargets the targets registered with them; absent means none
 * @param windowTasks the tasks registered with them; absent means none
 * @param windowExecutions the executions; absent means none
 * @param windowExecutionTasks the task executions; absent means none
 */
public record SeedDocument(
    @JsonProperty("Windows") List<GetMaintenanceWindowResult> windows,
    @JsonProperty("WindowTargets") List<MaintenanceWindowTarget> windowTargets,
    @JsonProperty("WindowTasks") List<GetMaintenanceWindowTaskResult> windowTasks,
    @JsonProperty("WindowExecutions") List<MaintenanceWindowExecution> windowExecutions,
    @JsonProperty("WindowExecutionTasks")
        List<MaintenanceWindowExecutionTaskIdentity> windowExecutionTasks) {

  /** Copies every list, keeping {@code null} elements so they can be reported. */
  public SeedDocument {
    windows = copyOf(windows);
    windowTargets = copyOf(windowTargets);
    windowTasks = copyOf(windowTasks);
    windowExecutions = copyOf(windowExecutions);
    windowExecutionTasks = copyOf(windowExecutionTasks);
  }

  /** A document of executions and task executions only, as seeds were before windows. */
  public SeedDocument(
      List<MaintenanceWindowExecution> windowExecutions,
      List<MaintenanceWindowExecutionTaskIdentity> windowExecutionTasks) {
    this(null, null, null, windowExecutions, windowExecutionTasks);
  }

  private static <T> List<T> copyOf(List<T> list) {
    return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
  }
}
