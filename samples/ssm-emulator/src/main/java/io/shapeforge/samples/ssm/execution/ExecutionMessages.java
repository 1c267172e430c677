package io.shapeforge.samples.ssm.execution;

import java.util.Arrays;

/**
 * Every message the execution operations, the outcome rules and the control plane answer with, in
 * one place.
 *
 * <p>The execution's {@code DoesNotExistException} text is the one the seed operation answers with
 * (DESIGN.md, "Wire conventions"). AWS's texts for an unknown task execution or invocation were not
 * found quoted anywhere; these follow the same form.
 */
public final class ExecutionMessages {
  /** An outcome rule's details are longer than {@code StatusDetails} may be. */
  public static final String OUTCOME_DETAILS_TOO_LONG =
      "statusDetails must have length less than or equal to " + OutcomeRule.MAX_STATUS_DETAILS;

  private ExecutionMessages() {}

  /** An unknown maintenance window execution. */
  public static String executionDoesNotExist(String windowExecutionId) {
    return "Maintenance window execution " + windowExecutionId + " does not exist";
  }

  /** An unknown task execution of a known maintenance window execution. */
  public static String taskDoesNotExist(String windowExecutionId, String taskId) {
    return "Maintenance window execution task "
        + taskId
        + " does not exist in maintenance window execution "
        + windowExecutionId;
  }

  /** An unknown invocation of a known task execution. */
  public static String invocationDoesNotExist(String taskId, String invocationId) {
    return "Maintenance window execution task invocation "
        + invocationId
        + " does not exist in task execution "
        + taskId;
  }

  static String badOutcomeStatus(RunStatus status) {
    return "status must be one of "
        + Arrays.toString(new String[] {"SUCCESS", "FAILED", "TIMED_OUT", "CANCELLED"})
        + ", was "
        + status;
  }

  static String negativeDuration(long seconds) {
    return "durationSeconds must not be negative, was " + seconds;
  }
}
