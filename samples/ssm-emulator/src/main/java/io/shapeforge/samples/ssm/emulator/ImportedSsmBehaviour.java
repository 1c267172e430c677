package io.shapeforge.samples.ssm.emulator;

import io.shapeforge.runtime.page.NextTokenCodec;
import io.shapeforge.runtime.store.Store;
import io.shapeforge.samples.ssm.imported.model.AmazonSsmQueries;
import io.shapeforge.samples.ssm.imported.model.CreateMaintenanceWindowRequest;
import io.shapeforge.samples.ssm.imported.model.CreateMaintenanceWindowResult;
import io.shapeforge.samples.ssm.imported.model.DeleteMaintenanceWindowRequest;
import io.shapeforge.samples.ssm.imported.model.DeleteMaintenanceWindowResult;
import io.shapeforge.samples.ssm.imported.model.DeregisterTargetFromMaintenanceWindowRequest;
import io.shapeforge.samples.ssm.imported.model.DeregisterTargetFromMaintenanceWindowResult;
import io.shapeforge.samples.ssm.imported.model.DeregisterTaskFromMaintenanceWindowRequest;
import io.shapeforge.samples.ssm.imported.model.DeregisterTaskFromMaintenanceWindowResult;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowScheduleRequest;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowScheduleResult;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowTargetsRequest;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowTargetsResult;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowTasksRequest;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowTasksResult;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowsForTargetRequest;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowsForTargetResult;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowsRequest;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowsResult;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowRequest;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowResult;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowTaskRequest;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowTaskResult;
import io.shapeforge.samples.ssm.imported.model.RegisterTargetWithMaintenanceWindowRequest;
import io.shapeforge.samples.ssm.imported.model.RegisterTargetWithMaintenanceWindowResult;
import io.shapeforge.samples.ssm.imported.model.RegisterTaskWithMaintenanceWindowRequest;
import io.shapeforge.samples.ssm.imported.model.RegisterTaskWithMaintenanceWindowResult;
import io.shapeforge.samples.ssm.imported.model.UpdateMaintenanceWindowRequest;
import io.shapeforge.samples.ssm.imported.model.UpdateMaintenanceWindowResult;
import io.shapeforge.samples.ssm.imported.model.UpdateMaintenanceWindowTargetRequest;
import io.shapeforge.samples.ssm.imported.model.UpdateMaintenanceWindowTargetResult;
import io.shapeforge.samples.ssm.imported.model.UpdateMaintenanceWindowTaskRequest;
import io.shapeforge.samples.ssm.imported.model.UpdateMaintenanceWindowTaskResult;
import io.shapeforge.samples.ssm.windows.MaintenanceWindowOperations;

/**
 * The behaviour of all of SSM as imported from AWS's model:
 *
 * <ul>
 *   <li>{@code DescribeMaintenanceWindowExecutionTasks} is answered from the store by the generated
 *       query, which {@code imported.spec.DescribeMaintenanceWindowExecutionTasksBehaviour}
 *       declares;
 *   <li>the 16 maintenance-window resource operations (windows, targets, tasks, the windows for a
 *       target, the schedule) delegate to {@link MaintenanceWindowOperations};
 *   <li>every other operation keeps the handler's default, so it decodes and validates its input
 *       with AWS's errors and then answers {@code NotImplemented}, naming the operation.
 * </ul>
 *
 * <p>Behaviour for another operation is an override here, in plain Java.
 */
final class ImportedSsmBehaviour extends AmazonSsmQueries {
  private final MaintenanceWindowOperations windows;

  /**
   * @param store holds the tables of {@code AmazonSsmTables}
   * @param tokens issues and checks next tokens
   * @param windows the maintenance-window resource operations
   */
  ImportedSsmBehaviour(Store store, NextTokenCodec tokens, MaintenanceWindowOperations windows) {
    super(store, tokens);
    this.windows = windows;
  }

  @Override
  public CreateMaintenanceWindowResult createMaintenanceWindow(
      CreateMaintenanceWindowRequest request) {
    return windows.createMaintenanceWindow(request);
  }

  @Override
  public GetMaintenanceWindowResult getMaintenanceWindow(GetMaintenanceWindowRequest request) {
    return windows.getMaintenanceWindow(request);
  }

  @Override
  public UpdateMaintenanceWindowResult updateMaintenanceWindow(
      UpdateMaintenanceWindowRequest request) {
    return windows.updateMaintenanceWindow(request);
  }

  @Override
  public DeleteMaintenanceWindowResult deleteMaintenanceWindow(
      DeleteMaintenanceWindowRequest request) {
    return windows.deleteMaintenanceWindow(request);
  }

  @Override
  public DescribeMaintenanceWindowsResult describeMaintenanceWindows(
      DescribeMaintenanceWindowsRequest request) {
    return windows.describeMaintenanceWindows(request);
  }

  @Override
  public RegisterTargetWithMaintenanceWindowResult registerTargetWithMaintenanceWindow(
      RegisterTargetWithMaintenanceWindowRequest request) {
    return windows.registerTargetWithMaintenanceWindow(request);
  }

  @Override
  public UpdateMaintenanceWindowTargetResult updateMaintenanceWindowTarget(
      UpdateMaintenanceWindowTargetRequest request) {
    return windows.updateMaintenanceWindowTarget(request);
  }

  @Override
  public DeregisterTargetFromMaintenanceWindowResult deregisterTargetFromMaintenanceWindow(
      DeregisterTargetFromMaintenanceWindowRequest request) {
    return windows.deregisterTargetFromMaintenanceWindow(request);
  }

  @Override
  public DescribeMaintenanceWindowTargetsResult describeMaintenanceWindowTargets(
      DescribeMaintenanceWindowTargetsRequest request) {
    return windows.describeMaintenanceWindowTargets(request);
  }

  @Override
  public RegisterTaskWithMaintenanceWindowResult registerTaskWithMaintenanceWindow(
      RegisterTaskWithMaintenanceWindowRequest request) {
    return windows.registerTaskWithMaintenanceWindow(request);
  }

  @Override
  public GetMaintenanceWindowTaskResult getMaintenanceWindowTask(
      GetMaintenanceWindowTaskRequest request) {
    return windows.getMaintenanceWindowTask(request);
  }

  @Override
  public UpdateMaintenanceWindowTaskResult updateMaintenanceWindowTask(
      UpdateMaintenanceWindowTaskRequest request) {
    return windows.updateMaintenanceWindowTask(request);
  }

  @Override
  public DeregisterTaskFromMaintenanceWindowResult deregisterTaskFromMaintenanceWindow(
      DeregisterTaskFromMaintenanceWindowRequest request) {
    return windows.deregisterTaskFromMaintenanceWindow(request);
  }

  @Override
  public DescribeMaintenanceWindowTasksResult describeMaintenanceWindowTasks(
      DescribeMaintenanceWindowTasksRequest request) {
    return windows.describeMaintenanceWindowTasks(request);
  }

  @Override
  public DescribeMaintenanceWindowsForTargetResult describeMaintenanceWindowsForTarget(
      DescribeMaintenanceWindowsForTargetRequest request) {
    return windows.describeMaintenanceWindowsForTarget(request);
  }

  @Override
  public DescribeMaintenanceWindowScheduleResult describeMaintenanceWindowSchedule(
      DescribeMaintenanceWindowScheduleRequest request) {
    return windows.describeMaintenanceWindowSchedule(request);
  }
}
