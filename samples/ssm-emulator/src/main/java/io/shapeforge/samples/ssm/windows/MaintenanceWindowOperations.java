package io.shapeforge.samples.ssm.windows;

import io.shapeforge.runtime.page.NextTokenCodec;
import io.shapeforge.runtime.resource.ResourceStore;
import io.shapeforge.runtime.store.Store;
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
import java.time.Clock;
import java.util.Objects;

/**
 * The 16 maintenance-window resource operations (windows, targets, tasks, the windows for a target
 * and the schedule) on a {@link Store}, for the emulator's handler to delegate to. Requests arrive
 * validated by the generated validators; what is left is AWS's behaviour beyond the model.
 *
 * <p>Everything lives in the store ({@link MaintenanceWindowTables} and the client tokens), so
 * several emulator nodes sharing a database serve one set of windows. Thread-safe.
 */
public final class MaintenanceWindowOperations {
  private final MaintenanceWindows windows;
  private final WindowTargets targets;
  private final WindowTasks tasks;
  private final WindowLookups lookups;

  /**
   * @param tokens signs the next tokens of the Describe operations
   * @param clock the emulator's clock: creation and modification dates, next execution times
   */
  public MaintenanceWindowOperations(Store store, NextTokenCodec tokens, Clock clock) {
    this(store, tokens, clock, WindowIdentifiers.random());
  }

  /**
   * @param tokens signs the next tokens of the Describe operations
   * @param clock the emulator's clock: creation and modification dates, next execution times
   * @param ids mints the ids of new windows, targets and tasks
   */
  public MaintenanceWindowOperations(
      Store store, NextTokenCodec tokens, Clock clock, WindowIdentifiers ids) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(clock, "clock");
    WindowResources definitions = new WindowResources(Objects.requireNonNull(ids, "ids"));
    ResourceStore resources = new ResourceStore(store, tokens, definitions.all());
    this.windows = new MaintenanceWindows(resources, definitions, clock);
    this.targets = new WindowTargets(resources, definitions);
    this.tasks = new WindowTasks(resources, definitions);
    this.lookups = new WindowLookups(store, resources, definitions, tokens, clock);
  }

  public CreateMaintenanceWindowResult createMaintenanceWindow(CreateMaintenanceWindowRequest r) {
    return windows.create(r);
  }

  public GetMaintenanceWindowResult getMaintenanceWindow(GetMaintenanceWindowRequest r) {
    return windows.get(r);
  }

  public UpdateMaintenanceWindowResult updateMaintenanceWindow(UpdateMaintenanceWindowRequest r) {
    return windows.update(r);
  }

  public DeleteMaintenanceWindowResult deleteMaintenanceWindow(DeleteMaintenanceWindowRequest r) {
    return windows.delete(r);
  }

  public DescribeMaintenanceWindowsResult describeMaintenanceWindows(
      DescribeMaintenanceWindowsRequest r) {
    return windows.describe(r);
  }

  public RegisterTargetWithMaintenanceWindowResult registerTargetWithMaintenanceWindow(
      RegisterTargetWithMaintenanceWindowRequest r) {
    return targets.register(r);
  }

  public UpdateMaintenanceWindowTargetResult updateMaintenanceWindowTarget(
      UpdateMaintenanceWindowTargetRequest r) {
    return targets.update(r);
  }

  public DeregisterTargetFromMaintenanceWindowResult deregisterTargetFromMaintenanceWindow(
      DeregisterTargetFromMaintenanceWindowRequest r) {
    return targets.deregister(r);
  }

  public DescribeMaintenanceWindowTargetsResult describeMaintenanceWindowTargets(
      DescribeMaintenanceWindowTargetsRequest r) {
    return targets.describe(r);
  }

  public RegisterTaskWithMaintenanceWindowResult registerTaskWithMaintenanceWindow(
      RegisterTaskWithMaintenanceWindowRequest r) {
    return tasks.register(r);
  }

  public GetMaintenanceWindowTaskResult getMaintenanceWindowTask(
      GetMaintenanceWindowTaskRequest r) {
    return tasks.get(r);
  }

  public UpdateMaintenanceWindowTaskResult updateMaintenanceWindowTask(
      UpdateMaintenanceWindowTaskRequest r) {
    return tasks.update(r);
  }

  public DeregisterTaskFromMaintenanceWindowResult deregisterTaskFromMaintenanceWindow(
      DeregisterTaskFromMaintenanceWindowRequest r) {
    return tasks.deregister(r);
  }

  public DescribeMaintenanceWindowTasksResult describeMaintenanceWindowTasks(
      DescribeMaintenanceWindowTasksRequest r) {
    return tasks.describe(r);
  }

  public DescribeMaintenanceWindowsForTargetResult describeMaintenanceWindowsForTarget(
      DescribeMaintenanceWindowsForTargetRequest r) {
    return lookups.windowsForTarget(r);
  }

  public DescribeMaintenanceWindowScheduleResult describeMaintenanceWindowSchedule(
      DescribeMaintenanceWindowScheduleRequest r) {
    return lookups.schedule(r);
  }
}
