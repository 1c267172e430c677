package io.shapeforge.samples.ssm.execution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.shapeforge.runtime.protocol.EpochSecondsDeserializer;
import io.shapeforge.runtime.protocol.EpochSecondsSerializer;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowTaskResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One task of an execution: the registered task as it was when the execution started, its resolved
 * targets, and the invocations started so far. It is not started (status {@code null}) until its
 * priority group's turn comes.
 *
 * @param taskExecutionId the {@code TaskExecutionId}, a UUID
 * @param task the registered task, as {@code GetMaintenanceWindowTask} read it at the start
 * @param targets one entry per invocation to run, in order
 * @param status its status, or {@code null} before it starts
 * @param statusDetails the details shown with the status, or {@code null}
 * @param startTime when it started, or {@code null}
 * @param endTime when it ended, or {@code null}
 * @param invocations the invocations started so far, in start order
 * @param stopped whether it starts no further invocation: {@code MaxErrors} was exceeded, or the
 *     cutoff came and its {@code CutoffBehavior} is {@code CANCEL_TASK}
 */
public record TaskRun(
    String taskExecutionId,
    GetMaintenanceWindowTaskResult task,
    List<RunTarget> targets,
    RunStatus status,
    String statusDetails,
    @JsonSerialize(using = EpochSecondsSerializer.class)
        @JsonDeserialize(using = EpochSecondsDeserializer.class)
        Instant startTime,
    @JsonSerialize(using = EpochSecondsSerializer.class)
        @JsonDeserialize(using = EpochSecondsDeserializer.class)
        Instant endTime,
    List<InvocationRun> invocations,
    boolean stopped) {

  /** The {@code CutoffBehavior} that cancels a task at the cutoff. */
  static final String CANCEL_TASK = "CANCEL_TASK";

  public TaskRun {
    targets = List.copyOf(targets);
    invocations = List.copyOf(Objects.requireNonNullElse(invocations, List.of()));
  }

  /** The task's {@code Priority}; 1 when it has none (the API's default). */
  int priority() {
    return task.priority() == null ? 1 : task.priority();
  }

  boolean started() {
    return status != null;
  }

  boolean running() {
    return status != null && !status.isFinal();
  }

  long runningInvocations() {
    return invocations.stream().filter(invocation -> !invocation.status().isFinal()).count();
  }

  long errors() {
    return invocations.stream().filter(InvocationRun::countsAsError).count();
  }

  /** Whether another invocation may start now: targets are left and no limit holds it back. */
  boolean mayLaunch() {
    return !stopped
        && invocations.size() < targets.size()
        && runningInvocations() < TaskLimits.concurrency(task.maxConcurrency(), targets.size());
  }

  /** Whether a task with CutoffBehavior CANCEL_TASK. */
  boolean cancelsAtCutoff() {
    return CANCEL_TASK.equals(task.cutoffBehaviorAsString());
  }

  TaskRun withStatus(RunStatus newStatus, String details, Instant start, Instant end) {
    return new TaskRun(
        taskExecutionId, task, targets, newStatus, details, start, end, invocations, stopped);
  }

  TaskRun withInvocations(List<InvocationRun> newInvocations, boolean nowStopped) {
    return new TaskRun(
        taskExecutionId,
        task,
        targets,
        status,
        statusDetails,
        startTime,
        endTime,
        newInvocations,
        nowStopped);
  }

  TaskRun plus(InvocationRun invocation) {
    List<InvocationRun> more = new ArrayList<>(invocations);
    more.add(invocation);
    return withInvocations(more, stopped);
  }
}
