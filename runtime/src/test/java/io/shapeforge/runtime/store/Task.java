package io.shapeforge.runtime.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A hand-written stand-in for a generated immutable model such as
 * {@code MaintenanceWindowExecutionTaskIdentity}, with its columns.
 */
public final class Task {
  public static final Column<Task, String> EXECUTION = Column.ofString("windowExecutionId", Task::executionId);
  public static final Column<Task, String> ID = Column.ofString("taskExecutionId", Task::id);
  public static final Column<Task, String> STATUS = Column.ofString("status", Task::status);
  public static final Column<Task, String> TYPE = Column.ofString("taskType", Task::type);
  public static final Column<Task, Instant> START = Column.ofInstant("startTime", Task::start);
  public static final Column<Task, Integer> PRIORITY = Column.ofInteger("priority", Task::priority);
  public static final Column<Task, Long> SIZE = Column.ofLong("size", Task::size);
  public static final Column<Task, Boolean> FLAG = Column.ofBoolean("flag", Task::flag);

  private final String executionId;
  private final String id;
  private final String status;
  private final String type;
  private final Instant start;
  private final Integer priority;
  private final Long size;
  private final Boolean flag;
  private final String details;

  public Task(String executionId, String id, String status, String type, Instant start,
      Integer priority, Long size, Boolean flag, String details) {
    this.executionId = executionId;
    this.id = id;
    this.status = status;
    this.type = type;
    this.start = start;
    this.priority = priority;
    this.size = size;
    this.flag = flag;
    this.details = details;
  }

  /** A task with only the members most tests use. */
  public static Task of(String executionId, String id, String status, Instant start) {
    return new Task(executionId, id, status, "RUN_COMMAND", start, null, null, null, "");
  }

  public String executionId() { return executionId; }
  public String id() { return id; }
  public String status() { return status; }
  public String type() { return type; }
  public Instant start() { return start; }
  public Integer priority() { return priority; }
  public Long size() { return size; }
  public Boolean flag() { return flag; }
  public String details() { return details; }

  public Task withStatus(String newStatus) {
    return new Task(executionId, id, newStatus, type, start, priority, size, flag, details);
  }

  public Task withDetails(String newDetails) {
    return new Task(executionId, id, status, type, start, priority, size, flag, newDetails);
  }

  public Task withStart(Instant newStart) {
    return new Task(executionId, id, status, type, newStart, priority, size, flag, details);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Task)) {
      return false;
    }
    Task that = (Task) other;
    return Objects.equals(executionId, that.executionId) && Objects.equals(id, that.id)
        && Objects.equals(status, that.status) && Objects.equals(type, that.type)
        && Objects.equals(start, that.start) && Objects.equals(priority, that.priority)
        && Objects.equals(size, that.size) && Objects.equals(flag, that.flag)
        && Objects.equals(details, that.details);
  }

  @Override
  public int hashCode() {
    return Objects.hash(executionId, id, status, type, start, priority, size, flag, details);
  }

  @Override
  public String toString() {
    return "Task[" + executionId + "/" + id + " " + status + " " + type + " " + start + " " + details + "]";
  }
}
