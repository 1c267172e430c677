package io.shapeforge.samples.ssm.windows;

import io.shapeforge.runtime.store.Column;
import io.shapeforge.runtime.store.RecordCodec;
import io.shapeforge.runtime.store.TableSchema;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowResult;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowTaskResult;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowTarget;

/**
 * The tables of the maintenance-window resources: windows, and the targets and tasks registered
 * with them. Each record is the shape of the operation that reads it whole ({@code
 * GetMaintenanceWindow}, {@code GetMaintenanceWindowTask}; targets have no Get, so the Describe
 * item), so a read is a lookup and never a join. Targets and tasks are keyed under their window,
 * which makes a window's children one range scan, for Describe and for the cascade on delete.
 */
public final class MaintenanceWindowTables {
  public static final Column<GetMaintenanceWindowResult, String> WINDOW_ID =
      Column.ofString("WindowId", GetMaintenanceWindowResult::windowId);

  public static final TableSchema<GetMaintenanceWindowResult> WINDOWS =
      TableSchema.builder("MaintenanceWindow", WINDOW_ID.ascending())
          .codec(RecordCodec.json(GetMaintenanceWindowResult.class))
          .build();

  public static final Column<MaintenanceWindowTarget, String> TARGET_WINDOW_ID =
      Column.ofString("WindowId", MaintenanceWindowTarget::windowId);
  public static final Column<MaintenanceWindowTarget, String> WINDOW_TARGET_ID =
      Column.ofString("WindowTargetId", MaintenanceWindowTarget::windowTargetId);

  public static final TableSchema<MaintenanceWindowTarget> TARGETS =
      TableSchema.builder(
              "MaintenanceWindowTarget", TARGET_WINDOW_ID.ascending(), WINDOW_TARGET_ID.ascending())
          .codec(RecordCodec.json(MaintenanceWindowTarget.class))
          .build();

  public static final Column<GetMaintenanceWindowTaskResult, String> TASK_WINDOW_ID =
      Column.ofString("WindowId", GetMaintenanceWindowTaskResult::windowId);
  public static final Column<GetMaintenanceWindowTaskResult, String> WINDOW_TASK_ID =
      Column.ofString("WindowTaskId", GetMaintenanceWindowTaskResult::windowTaskId);

  public static final TableSchema<GetMaintenanceWindowTaskResult> TASKS =
      TableSchema.builder(
              "MaintenanceWindowTask", TASK_WINDOW_ID.ascending(), WINDOW_TASK_ID.ascending())
          .codec(RecordCodec.json(GetMaintenanceWindowTaskResult.class))
          .build();

  private MaintenanceWindowTables() {}
}
