package io.shapeforge.samples.ssm.execution;

/**
 * The statuses AWS documents for an execution, a task execution and an invocation ({@code
 * MaintenanceWindowExecutionStatus}), named as on the wire.
 */
public enum RunStatus {
  PENDING,
  IN_PROGRESS,
  SUCCESS,
  FAILED,
  TIMED_OUT,
  CANCELLING,
  CANCELLED,
  SKIPPED_OVERLAPPING;

  /** Whether nothing changes any more: every status but PENDING, IN_PROGRESS and CANCELLING. */
  public boolean isFinal() {
    return this != PENDING && this != IN_PROGRESS && this != CANCELLING;
  }
}
