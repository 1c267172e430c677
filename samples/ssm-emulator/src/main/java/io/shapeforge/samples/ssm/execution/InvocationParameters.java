package io.shapeforge.samples.ssm.execution;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowTaskResult;

/**
 * The {@code Parameters} string of an invocation: "the parameters that were provided for the
 * invocation when it was run" (MaintenanceWindowExecutionTaskInvocationIdentity), here the task's
 * {@code TaskInvocationParameters} in their wire JSON.
 */
final class InvocationParameters {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private InvocationParameters() {}

  /** The task's invocation parameters as JSON, or {@code null} when it has none. */
  static String of(GetMaintenanceWindowTaskResult task) {
    if (task.taskInvocationParameters() == null) {
      return null;
    }
    try {
      return MAPPER.writeValueAsString(task.taskInvocationParameters());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a task's invocation parameters", e);
    }
  }
}
