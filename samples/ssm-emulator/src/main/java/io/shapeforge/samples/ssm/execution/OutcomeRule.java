package io.shapeforge.samples.ssm.execution;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import java.util.Set;

/**
 * What an invocation does, for the invocations it matches: end with {@code status} (and {@code
 * statusDetails}) {@code durationSeconds} after it starts. A rule without {@code taskArn} or {@code
 * instanceId} matches any; the first rule that matches wins (see {@link OutcomeRules}).
 *
 * @param taskArn the task's {@code TaskArn} to match, or {@code null} for any task
 * @param instanceId the target instance to match, or {@code null} for any target
 * @param status SUCCESS, FAILED, TIMED_OUT or CANCELLED
 * @param statusDetails the invocation's {@code StatusDetails} (0 to 250 characters), or {@code
 *     null}
 * @param durationSeconds how long the invocation runs, 0 or more; {@code null} means the default of
 *     {@value OutcomeRules#DEFAULT_DURATION_SECONDS} s
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OutcomeRule(
    String taskArn,
    String instanceId,
    RunStatus status,
    String statusDetails,
    Long durationSeconds) {

  /** The statuses an invocation may end with. */
  static final Set<RunStatus> END_STATUSES =
      Set.of(RunStatus.SUCCESS, RunStatus.FAILED, RunStatus.TIMED_OUT, RunStatus.CANCELLED);

  /** The longest {@code StatusDetails} the API allows. */
  static final int MAX_STATUS_DETAILS = 250;

  /**
   * @throws IllegalArgumentException for a missing or non-final status, details over 250
   *     characters, or a negative duration
   */
  public OutcomeRule {
    if (status == null || !END_STATUSES.contains(status)) {
      throw new IllegalArgumentException(ExecutionMessages.badOutcomeStatus(status));
    }
    if (statusDetails != null && statusDetails.length() > MAX_STATUS_DETAILS) {
      throw new IllegalArgumentException(ExecutionMessages.OUTCOME_DETAILS_TOO_LONG);
    }
    if (durationSeconds != null && durationSeconds < 0) {
      throw new IllegalArgumentException(ExecutionMessages.negativeDuration(durationSeconds));
    }
  }

  /** A rule for every invocation: end with {@code status} after {@code durationSeconds}. */
  public static OutcomeRule always(RunStatus status, String statusDetails, long durationSeconds) {
    return new OutcomeRule(null, null, status, statusDetails, durationSeconds);
  }

  /** This rule, matching only invocations of the task with this ARN. */
  public OutcomeRule forTask(String arn) {
    return new OutcomeRule(arn, instanceId, status, statusDetails, durationSeconds);
  }

  /** This rule, matching only invocations on this instance. */
  public OutcomeRule forInstance(String instance) {
    return new OutcomeRule(taskArn, instance, status, statusDetails, durationSeconds);
  }

  boolean matches(String invocationTaskArn, String invocationInstanceId) {
    return (taskArn == null || taskArn.equals(invocationTaskArn))
        && (instanceId == null || instanceId.equals(invocationInstanceId));
  }

  long durationOrDefault() {
    return Objects.requireNonNullElse(durationSeconds, OutcomeRules.DEFAULT_DURATION_SECONDS);
  }
}
