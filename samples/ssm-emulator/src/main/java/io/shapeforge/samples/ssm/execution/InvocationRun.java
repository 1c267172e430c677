package io.shapeforge.samples.ssm.execution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.shapeforge.runtime.protocol.EpochSecondsDeserializer;
import io.shapeforge.runtime.protocol.EpochSecondsSerializer;
import java.time.Instant;

/**
 * One invocation of a task on one target, from the moment it starts. Its outcome is decided when it
 * starts (by the outcome rules), so that every node that advances the run agrees on it.
 *
 * @param invocationId the {@code InvocationId}, a UUID
 * @param executionId the {@code ExecutionId}, standing for the command or execution id of the
 *     service that ran it
 * @param target where it runs
 * @param parameters the {@code Parameters} string: the task's invocation parameters as JSON
 * @param status its status: IN_PROGRESS until {@code finishesAt}, then the outcome
 * @param statusDetails the details shown with the status, or {@code null}
 * @param startTime when it started
 * @param endTime when it ended, or {@code null} while it runs
 * @param finishesAt when it will end unless cancelled
 * @param outcome the status it ends with at {@code finishesAt}
 * @param outcomeDetails the status details it ends with, or {@code null}
 */
public record InvocationRun(
    String invocationId,
    String executionId,
    RunTarget target,
    String parameters,
    RunStatus status,
    String statusDetails,
    @JsonSerialize(using = EpochSecondsSerializer.class)
        @JsonDeserialize(using = EpochSecondsDeserializer.class)
        Instant startTime,
    @JsonSerialize(using = EpochSecondsSerializer.class)
        @JsonDeserialize(using = EpochSecondsDeserializer.class)
        Instant endTime,
    @JsonSerialize(using = EpochSecondsSerializer.class)
        @JsonDeserialize(using = EpochSecondsDeserializer.class)
        Instant finishesAt,
    RunStatus outcome,
    String outcomeDetails) {

  /** This invocation ended at {@code at} with {@code endStatus}. */
  InvocationRun ended(RunStatus endStatus, String details, Instant at) {
    return new InvocationRun(
        invocationId,
        executionId,
        target,
        parameters,
        endStatus,
        details,
        startTime,
        at,
        finishesAt,
        outcome,
        outcomeDetails);
  }

  /** This invocation with another status and nothing else changed. */
  InvocationRun withStatus(RunStatus newStatus) {
    return new InvocationRun(
        invocationId,
        executionId,
        target,
        parameters,
        newStatus,
        statusDetails,
        startTime,
        endTime,
        finishesAt,
        outcome,
        outcomeDetails);
  }

  /** Whether it counts against the task's {@code MaxErrors}. */
  boolean countsAsError() {
    return status == RunStatus.FAILED || status == RunStatus.TIMED_OUT;
  }
}
