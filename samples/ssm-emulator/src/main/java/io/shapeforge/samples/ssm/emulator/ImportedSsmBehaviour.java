package io.shapeforge.samples.ssm.emulator;

import io.shapeforge.runtime.page.NextTokenCodec;
import io.shapeforge.runtime.store.Store;
import io.shapeforge.samples.ssm.execution.ExecutionOperations;
import io.shapeforge.samples.ssm.imported.model.AmazonSsmQueries;
import io.shapeforge.samples.ssm.imported.model.CancelMaintenanceWindowExecutionRequest;
import io.shapeforge.samples.ssm.imported.model.CancelMaintenanceWindowExecutionResult;
import io.shapeforge.samples.ssm.imported.model.CreateMaintenanceWindowRequest;
import io.shapeforge.samples.ssm.imported.model.CreateMaintenanceWindowResult;
import io.shapeforge.samples.ssm.imported.model.DeleteMaintenanceWindowRequest;
import io.shapeforge.samples.ssm.imported.model.DeleteMaintenanceWindowResult;
import io.shapeforge.samples.ssm.imported.model.DeregisterTargetFromMaintenanceWindowRequest;
import io.shapeforge.samples.ssm.imported.model.DeregisterTargetFromMaintenanceWindowResult;
import io.shapeforge.samples.ssm.imported.model.DeregisterTaskFromMaintenanceWindowRequest;
import io.shapeforge.samples.ssm.imported.model.DeregisterTaskFromMaintenanceWindowResult;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTaskInvocationsRequest;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTaskInvocationsResult;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionsRequest;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionsResult;
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
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowExecutionRequest;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowExecutionResult;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowExecutionTaskInvocationRequest;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowExecutionTaskInvocationResult;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowExecutionTaskRequest;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowExecutionTaskResult;
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
import java.util.List;
import java.util.Objects;

/**
 * The behaviour of all of SSM as imported from AWS's model. Every one of its 146 operations decodes
 * and validates its input with AWS's errors; then:
 *
 * <ul>
 *   <li>{@code DescribeMaintenanceWindowExecutionTasks} is answered from the store by the generated
 *       query, which {@code imported.spec.DescribeMaintenanceWindowExecutionTasksBehaviour}
 *       declares;
 *   <li>the 16 maintenance-window resource operations (windows, targets, tasks, the windows for a
 *       target, the schedule) delegate to {@link MaintenanceWindowOperations};
 *   <li>the other 6 execution operations are served from the scheduler's records by {@link
 *       ExecutionOperations};
 *   <li>every other operation keeps the handler's default and answers {@code NotImplemented},
 *       naming the operation.
 * </ul>
 *
 * <p>Behaviour for another operation is an override here, in plain Java.
 */
final class ImportedSsmBehaviour extends AmazonSsmQueries {
  /**
   * The operations with behaviour, which the startup line and {@code --help} name: the whole
   * maintenance-window family. The dispatcher registers all 146 operations (the others answer
   * {@code NotImplemented}), so it cannot tell which ones these are; ImportedSsmBehaviourTest
   * checks this list against the overrides here.
   */
  static final List<String> IMPLEMENTED =
      List.of(
          "CreateMaintenanceWindow",
          "GetMaintenanceWindow",
          "UpdateMaintenanceWindow",
          "DeleteMaintenanceWindow",
          "DescribeMaintenanceWindows",
          "RegisterTargetWithMaintenanceWindow",
          "UpdateMaintenanceWindowTarget",
          "DeregisterTargetFromMaintenanceWindow",
          "DescribeMaintenanceWindowTargets",
          "RegisterTaskWithMaintenanceWindow",
          "GetMaintenanceWindowTask",
          "UpdateMaintenanceWindowTask",
          "DeregisterTaskFromMaintenanceWindow",
          "DescribeMaintenanceWindowTasks",
          "DescribeMaintenanceWindowsForTarget",
          "DescribeMaintenanceWindowSchedule",
          "DescribeMaintenanceWindowExecutions",
          "GetMaintenanceWindowExecution",
          "DescribeMaintenanceWindowExecutionTasks",
          "GetMaintenanceWindowExecutionTask",
          "DescribeMaintenanceWindowExecutionTaskInvocations",
          "GetMaintenanceWindowExecutionTaskInvocation",
          "CancelMaintenanceWindowExecution");

  private final MaintenanceWindowOperations windows;
  private final ExecutionOperations executions;

  /**
   * @param store holds the tables of {@code AmazonSsmTables}
   * @param tokens issues and checks next tokens
   * @param windows the maintenance-window resource operations
   * @param executions the execution operations
   */
  ImportedSsmBehaviour(
      Store store,
      NextTokenCodec tokens,
      MaintenanceWindowOperations windows,
      ExecutionOperations executions) {
    super(store, tokens);
    this.windows = Objects.requireNonNull(windows, "windows");
    this.executions = Objects.requireNonNull(executions, "executions");
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

  @Override
  public DescribeMaintenanceWindowExecutionsResult describeMaintenanceWindowExecutions(
      DescribeMaintenanceWindowExecutionsRequest request) {
    return executions.describeExecutions(request);
  }

  @Override
  public GetMaintenanceWindowExecutionResult getMaintenanceWindowExecution(
      GetMaintenanceWindowExecutionRequest request) {
    return executions.getExecution(request);
  }

  @Override
  public GetMaintenanceWindowExecutionTaskResult getMaintenanceWindowExecutionTask(
      GetMaintenanceWindowExecutionTaskRequest request) {
    return executions.getTask(request);
  }

  @Override
  public DescribeMaintenanceWindowExecutionTaskInvocationsResult
      describeMaintenanceWindowExecutionTaskInvocations(
          DescribeMaintenanceWindowExecutionTaskInvocationsRequest request) {
    return executions.describeInvocations(request);
  }

  @Override
  public GetMaintenanceWindowExecutionTaskInvocationResult
      getMaintenanceWindowExecutionTaskInvocation(
          GetMaintenanceWindowExecutionTaskInvocationRequest request) {
    return executions.getInvocation(request);
  }

  @Override
  public CancelMaintenanceWindowExecutionResult cancelMaintenanceWindowExecution(
      CancelMaintenanceWindowExecutionRequest request) {
    return executions.cancel(request);
  }
}
