package io.shapeforge.runtime.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Objects;

/**
 * A hand-written stand-in for a generated immutable model such as {@code
 * MaintenanceWindowExecutionTaskIdentity}, with its columns.
 */
public final class Task {
  public static final Column<Task, String> EXECUTION =
      Column.ofString("windowExecutionId", Task::executionId);
  public static final Column<Task, String> ID = Column.ofString("taskExecutionId", Task::id);
  public static final Column<Task, String> STATUS = Column.ofString("status", Task::status);
  public static final Column<Task, String> TYPE = Column.ofString("taskType", Task::type);
  public static final Column<Task, Instant> START = Column.ofInstant("startTime", Task::start);
  public static final Column<Task, Integer> PRIORITY = Column.ofInteger("priority", Task::priority);
  public static final Column<Task, Long> SIZE = Column.ofLong("size", Task::size);
  public static final Column<Task, Boolean> FLAG = Column.ofBoolean("flag", Task::flag);

  /**
   * A hand-written codec (Task has no Jackson mapping): JSON with the start time as seconds and
   * nanoseconds, so a persistent store round-trips it exactly.
   */
  public static final RecordCodec<Task> CODEC =
      new RecordCodec<>() {
        private final ObjectMapper mapper = new ObjectMapper();

        @Override
        public byte[] encode(Task task) {
          ObjectNode node = mapper.createObjectNode();
          node.put("e", task.executionId)
              .put("i", task.id)
              .put("s", task.status)
              .put("t", task.type)
              .put("p", task.priority)
              .put("z", task.size)
              .put("f", task.flag)
              .put("d", task.details);
          if (task.start != null) {
            node.put("ss", task.start.getEpochSecond()).put("sn", task.start.getNano());
          }
          try {
            return mapper.writeValueAsBytes(node);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }

        @Override
        public Task decode(byte[] bytes) {
          try {
            JsonNode node = mapper.readTree(bytes);
            Instant start =
                node.has("ss")
                    ? Instant.ofEpochSecond(node.get("ss").asLong(), node.get("sn").asLong())
                    : null;
            return new Task(
                text(node, "e"),
                text(node, "i"),
                text(node, "s"),
                text(node, "t"),
                start,
                node.get("p").isNull() ? null : node.get("p").asInt(),
                node.get("z").isNull() ? null : node.get("z").asLong(),
                node.get("f").isNull() ? null : node.get("f").asBoolean(),
                text(node, "d"));
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        }

        private String text(JsonNode node, String name) {
          return node.get(name).isNull() ? null : node.get(name).asText();
        }
      };

  private final String executionId;
  private final String id;
  private final String status;
  private final String type;
  private final Instant start;
  private final Integer priority;
  private final Long size;
  private final Boolean flag;
  private final String details;

  public Task(
      String executionId,
      String id,
      String status,
      String type,
      Instant start,
      Integer priority,
      Long size,
      Boolean flag,
      String details) {
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

  public String executionId() {
    return executionId;
  }

  public String id() {
    return id;
  }

  public String status() {
    return status;
  }

  public String type() {
    return type;
  }

  public Instant start() {
    return start;
  }

  public Integer priority() {
    return priority;
  }

  public Long size() {
    return size;
  }

  public Boolean flag() {
    return flag;
  }

  public String details() {
    return details;
  }

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
    return Objects.equals(executionId, that.executionId)
        && Objects.equals(id, that.id)
        && Objects.equals(status, that.status)
        && Objects.equals(type, that.type)
        && Objects.equals(start, that.start)
        && Objects.equals(priority, that.priority)
        && Objects.equals(size, that.size)
        && Objects.equals(flag, that.flag)
        && Objects.equals(details, that.details);
  }

  @Override
  public int hashCode() {
    return Objects.hash(executionId, id, status, type, start, priority, size, flag, details);
  }

  @Override
  public String toString() {
    return "Task["
        + executionId
        + "/"
        + id
        + " "
        + status
        + " "
        + type
        + " "
        + start
        + " "
        + details
        + "]";
  }
}
