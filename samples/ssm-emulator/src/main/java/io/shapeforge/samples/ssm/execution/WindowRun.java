package io.shapeforge.samples.ssm.execution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.shapeforge.runtime.protocol.EpochSecondsDeserializer;
import io.shapeforge.runtime.protocol.EpochSecondsSerializer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One execution of a maintenance window, with everything the scheduler needs to carry it on: the
 * run it stands for, its status, its tasks and their invocations. Stored whole under (WindowId,
 * scheduled start), which makes "one execution per due run" a conditional insert.
 *
 * @param windowId the window
 * @param scheduledStart the run's scheduled start
 * @param windowExecutionId the {@code WindowExecutionId}, a UUID
 * @param cutoffAt no task starts after this instant
 * @param status the execution's status
 * @param statusDetails the details shown with the status, or {@code null}
 * @param startTime when it started: the scheduled start
 * @param endTime when it ended, or {@code null}
 * @param cancelRequested whether CancelMaintenanceWindowExecution asked for it to stop
 * @param processedUpTo the emulator time up to which it has been carried on
 * @param tasks its tasks, in priority order
 */
public record WindowRun(
    String windowId,
    @JsonSerialize(using = EpochSecondsSerializer.class)
        @JsonDeserialize(using = EpochSecondsDeserializer.class)
        Instant scheduledStart,
    String windowExecutionId,
    @JsonSerialize(using = EpochSecondsSerializer.class)
        @JsonDeserialize(using = EpochSecondsDeserializer.class)
        Instant cutoffAt,
    RunStatus status,
    String statusDetails,
    @JsonSerialize(using = EpochSecondsSerializer.class)
        @JsonDeserialize(using = EpochSecondsDeserializer.class)
        Instant startTime,
    @JsonSerialize(using = EpochSecondsSerializer.class)
        @JsonDeserialize(using = EpochSecondsDeserializer.class)
        Instant endTime,
    boolean cancelRequested,
    @JsonSerialize(using = EpochSecondsSerializer.class)
        @JsonDeserialize(using = EpochSecondsDeserializer.class)
        Instant processedUpTo,
    List<TaskRun> tasks) {

  public WindowRun {
    tasks = List.copyOf(tasks);
  }

  /** Whether the scheduler still has work on it; the stored index of open runs reads this. */
  public boolean open() {
    return !status.isFinal();
  }

  /** The task with this {@code TaskExecutionId}, if it has started. */
  public Optional<TaskRun> task(String taskExecutionId) {
    return tasks.stream()
        .filter(task -> task.started() && task.taskExecutionId().equals(taskExecutionId))
        .findFirst();
  }

  WindowRun with(List<TaskRun> newTasks) {
    return new WindowRun(
        windowId,
        scheduledStart,
        windowExecutionId,
        cutoffAt,
        status,
        statusDetails,
        startTime,
        endTime,
        cancelRequested,
        processedUpTo,
        newTasks);
  }

  WindowRun ended(RunStatus endStatus, String details, Instant at) {
    return new WindowRun(
        windowId,
        scheduledStart,
        windowExecutionId,
        cutoffAt,
        endStatus,
        details,
        startTime,
        at,
        cancelRequested,
        processedUpTo,
        tasks);
  }

  WindowRun cancelling() {
    return new WindowRun(
        windowId,
        scheduledStart,
        windowExecutionId,
        cutoffAt,
        RunStatus.CANCELLING,
        statusDetails,
        startTime,
        endTime,
        true,
        processedUpTo,
        tasks);
  }

  WindowRun processedUpTo(Instant time) {
    return new WindowRun(
        windowId,
        scheduledStart,
        windowExecutionId,
        cutoffAt,
        status,
        statusDetails,
        startTime,
        endTime,
        cancelRequested,
        time,
        tasks);
  }
}
