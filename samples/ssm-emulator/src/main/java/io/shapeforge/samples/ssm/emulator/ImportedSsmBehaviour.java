package io.shapeforge.samples.ssm.emulator;

import io.shapeforge.runtime.page.NextTokenCodec;
import io.shapeforge.runtime.store.Store;
import io.shapeforge.samples.ssm.execution.ExecutionOperations;
import io.shapeforge.samples.ssm.imported.model.CancelMaintenanceWindowExecutionRequest;
import io.shapeforge.samples.ssm.imported.model.CancelMaintenanceWindowExecutionResult;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTaskInvocationsRequest;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTaskInvocationsResult;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionsRequest;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionsResult;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowExecutionRequest;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowExecutionResult;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowExecutionTaskInvocationRequest;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowExecutionTaskInvocationResult;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowExecutionTaskRequest;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowExecutionTaskResult;
import io.shapeforge.samples.ssm.windows.MaintenanceWindowHandlers;
import io.shapeforge.samples.ssm.windows.WindowIdentifiers;
import java.time.Clock;
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
 *       target, the schedule) are inherited from {@link MaintenanceWindowHandlers}: the resource
 *       lifecycles the processor generates from {@code imported.spec.MaintenanceWindowBehaviour}
 *       and its children, with AWS's behaviour beyond storage added there;
 *   <li>the other 6 execution operations are served from the scheduler's records by {@link
 *       ExecutionOperations};
 *   <li>every other operation keeps the handler's default and answers {@code NotImplemented},
 *       naming the operation.
 * </ul>
 *
 * <p>Behaviour for another operation is an override here, in plain Java.
 */
final class ImportedSsmBehaviour extends MaintenanceWindowHandlers {
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

  private final ExecutionOperations executions;

  /**
   * @param store holds the tables of {@code AmazonSsmTables} and of the window resources
   * @param tokens issues and checks next tokens
   * @param clock the emulator's clock, for the window operations
   * @param ids mints the ids of new windows, targets and tasks
   * @param executions the execution operations
   */
  ImportedSsmBehaviour(
      Store store,
      NextTokenCodec tokens,
      Clock clock,
      WindowIdentifiers ids,
      ExecutionOperations executions) {
    super(store, tokens, clock, ids);
    this.executions = Objects.requireNonNull(executions, "executions");
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
