package io.shapeforge.samples.ssm.windows;

import io.shapeforge.runtime.store.Column;
import io.shapeforge.runtime.store.TableSchema;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowResult;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowResultResource;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowTaskResult;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowTaskResultResource;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowTarget;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowTargetResource;

/**
 * The tables of the maintenance-window resources, as the processor generates them from the resource
 * declarations in {@code imported.spec}, under the names the scheduler, the seed loader and the
 * Describe filters use. Each record is the shape of the operation that reads it whole ({@code
 * GetMaintenanceWindow}, {@code GetMaintenanceWindowTask}; targets have no Get, so the Describe
 * item), so a read is a lookup and never a join. Targets and tasks are keyed under their window,
 * which makes a window's children one range scan, for Describe and for the cascade on delete.
 */
public final class MaintenanceWindowTables {
  public static final TableSchema<GetMaintenanceWindowResult> WINDOWS =
      GetMaintenanceWindowResultResource.TABLE;
  public static final TableSchema<MaintenanceWindowTarget> TARGETS =
      MaintenanceWindowTargetResource.TABLE;
  public static final TableSchema<GetMaintenanceWindowTaskResult> TASKS =
      GetMaintenanceWindowTaskResultResource.TABLE;

  // The members the Describe operations' Filters keys test.
  static final Column<GetMaintenanceWindowResult, String> NAME =
      Column.ofString("Name", GetMaintenanceWindowResult::name);
  static final Column<GetMaintenanceWindowResult, Boolean> ENABLED =
      Column.ofBoolean("Enabled", GetMaintenanceWindowResult::enabled);
  static final Column<MaintenanceWindowTarget, String> TARGET_TYPE =
      Column.ofString("ResourceType", MaintenanceWindowTarget::resourceTypeAsString);
  static final Column<MaintenanceWindowTarget, String> WINDOW_TARGET_ID =
      Column.ofString("WindowTargetId", MaintenanceWindowTarget::windowTargetId);
  static final Column<MaintenanceWindowTarget, String> OWNER_INFORMATION =
      Column.ofString("OwnerInformation", MaintenanceWindowTarget::ownerInformation);
  static final Column<GetMaintenanceWindowTaskResult, String> WINDOW_TASK_ID =
      Column.ofString("WindowTaskId", GetMaintenanceWindowTaskResult::windowTaskId);
  static final Column<GetMaintenanceWindowTaskResult, String> TASK_ARN =
      Column.ofString("TaskArn", GetMaintenanceWindowTaskResult::taskArn);
  static final Column<GetMaintenanceWindowTaskResult, Integer> PRIORITY =
      Column.ofInteger("Priority", GetMaintenanceWindowTaskResult::priority);
  static final Column<GetMaintenanceWindowTaskResult, String> TASK_TYPE =
      Column.ofString("TaskType", GetMaintenanceWindowTaskResult::taskTypeAsString);

  private MaintenanceWindowTables() {}
}
