package io.shapeforge.samples.ssm.emulator;

import io.shapeforge.samples.ssm.execution.ExecutionOperations;
import io.shapeforge.samples.ssm.imported.model.AmazonSsmHandler;
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
import java.util.Objects;

/**
 * The behaviour of all of SSM as imported from AWS's model. Every one of its 146 operations decodes
 * and validates its input with AWS's errors; the execution operations are served by the scheduler's
 * records ({@link ExecutionOperations}), and the operations not overridden here answer {@code
 * NotImplemented}, naming the operation. The emulator serves {@code
 * DescribeMaintenanceWindowExecutionTasks} from its own spec in front of this; behaviour for
 * another operation is an override here, in plain Java.
 */
final class ImportedSsmBehaviour implements AmazonSsmHandler {
  private final ExecutionOperations executions;

  ImportedSsmBehaviour(ExecutionOperations executions) {
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
