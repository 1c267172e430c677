package io.shapeforge.samples.ssm.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.GetMaintenanceWindowExecutionResponse;
import software.amazon.awssdk.services.ssm.model.GetMaintenanceWindowExecutionTaskInvocationResponse;
import software.amazon.awssdk.services.ssm.model.GetMaintenanceWindowExecutionTaskResponse;
import software.amazon.awssdk.services.ssm.model.MaintenanceWindowExecution;
import software.amazon.awssdk.services.ssm.model.MaintenanceWindowExecutionTaskIdentity;
import software.amazon.awssdk.services.ssm.model.MaintenanceWindowExecutionTaskInvocationIdentity;

/**
 * Asserts that each Get of the execution family answers what its Describe listed, through the real
 * SDK: the two are separate operations on the wire, so one can drift from the other.
 */
final class DescribeGetAgreement {
  private DescribeGetAgreement() {}

  /** GetMaintenanceWindowExecution of a listed execution; returns its answer for more checks. */
  static GetMaintenanceWindowExecutionResponse execution(
      SsmClient ssm, MaintenanceWindowExecution listed) {
    GetMaintenanceWindowExecutionResponse got =
        ssm.getMaintenanceWindowExecution(r -> r.windowExecutionId(listed.windowExecutionId()));
    assertEquals(listed.status(), got.status());
    assertEquals(listed.startTime(), got.startTime());
    assertEquals(listed.endTime(), got.endTime());
    return got;
  }

  /** GetMaintenanceWindowExecutionTask of a listed task; returns its answer for more checks. */
  static GetMaintenanceWindowExecutionTaskResponse task(
      SsmClient ssm, String executionId, MaintenanceWindowExecutionTaskIdentity listed) {
    GetMaintenanceWindowExecutionTaskResponse task =
        ssm.getMaintenanceWindowExecutionTask(
            r -> r.windowExecutionId(executionId).taskId(listed.taskExecutionId()));
    assertEquals(listed.status(), task.status());
    assertEquals(listed.startTime(), task.startTime());
    assertEquals(listed.endTime(), task.endTime());
    assertEquals(listed.taskArn(), task.taskArn());
    return task;
  }

  /** GetMaintenanceWindowExecutionTaskInvocation of a listed invocation. */
  static void invocation(
      SsmClient ssm,
      String executionId,
      String taskExecutionId,
      MaintenanceWindowExecutionTaskInvocationIdentity listed) {
    GetMaintenanceWindowExecutionTaskInvocationResponse one =
        ssm.getMaintenanceWindowExecutionTaskInvocation(
            r ->
                r.windowExecutionId(executionId)
                    .taskId(taskExecutionId)
                    .invocationId(listed.invocationId()));
    assertEquals(listed.status(), one.status());
    assertEquals(listed.executionId(), one.executionId());
    assertEquals(listed.startTime(), one.startTime());
    assertEquals(listed.endTime(), one.endTime());
    assertEquals(listed.windowTargetId(), one.windowTargetId());
  }
}
