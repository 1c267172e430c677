package io.shapeforge.samples.ssm.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.shapeforge.runtime.protocol.JsonCodec;
import io.shapeforge.runtime.protocol.JsonLimits;
import io.shapeforge.runtime.protocol.SerializationException;
import io.shapeforge.runtime.validation.Violation;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecution;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionTaskIdentity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a seed file ({@link SeedDocument}) and checks all of it before anything is stored.
 *
 * <ul>
 *   <li>Windows, targets and tasks are checked as {@link SeedWindowErrors} describes, apart from
 *       the executions: a seed may hold executions of windows it does not list.
 *   <li>The JSON is read with the emulator's strict {@link JsonCodec} (exact JSON types, no
 *       duplicate keys). A JSON error stops reading, so it is reported alone, with its JSON path.
 *   <li>Then all of these are reported together: members no model declares (a typo in a
 *       hand-written seed should not pass silently), every violation of the generated validators,
 *       duplicate execution or task execution ids, and tasks whose {@code WindowExecutionId} is not
 *       among the document's executions.
 * </ul>
 *
 * <pre>{@code
 * SeedDocument seed = SeedReader.read(Path.of("seed.json")); // or InvalidSeedException
 * }</pre>
 */
public final class SeedReader {
  private static final String EXECUTIONS = "WindowExecutions";
  private static final String TASKS = "WindowExecutionTasks";

  /** Seeds are local files the user trusts, so they may be far larger than a request. */
  private static final JsonCodec SEED_CODEC =
      JsonCodec.builder().limits(JsonLimits.defaults().withMaxArrayElements(10_000_000)).build();

  /**
   * Reads the same bytes as a tree, once the codec has accepted them, to look for unknown members.
   */
  private static final ObjectMapper TREE_READER = new ObjectMapper();

  private SeedReader() {}

  /**
   * Reads and checks a seed file.
   *
   * @throws InvalidSeedException listing every error, when the seed cannot be loaded whole
   * @throws UncheckedIOException when the file cannot be read
   */
  public static SeedDocument read(Path file) {
    byte[] json;
    try {
      json = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read seed file " + file, e);
    }
    return parse(json, file.toString());
  }

  /**
   * Reads and checks a seed held in memory.
   *
   * @param source what to call it in errors, such as a resource name
   * @throws InvalidSeedException listing every error
   */
  public static SeedDocument parse(byte[] json, String source) {
    SeedDocument document;
    try {
      document = SEED_CODEC.decode(json, SeedDocument.class);
    } catch (SerializationException e) {
      throw new InvalidSeedException(source, List.of(e.getMessage()));
    }
    List<String> errors = new ArrayList<>();
    try {
      UnknownSeedMembers.find(TREE_READER.readTree(json), errors);
    } catch (IOException e) {
      throw new IllegalStateException("JSON the codec accepted cannot be read as a tree", e);
    }
    errors.addAll(errorsOf(document));
    if (!errors.isEmpty()) {
      throw new InvalidSeedException(source, errors);
    }
    return document;
  }

  /**
   * Checks a document built in code as a seed file is checked.
   *
   * @throws InvalidSeedException listing every error
   */
  public static void check(SeedDocument document, String source) {
    List<String> errors = errorsOf(document);
    if (!errors.isEmpty()) {
      throw new InvalidSeedException(source, errors);
    }
  }

  /**
   * Every error in {@code document}, each starting with its JSON path; empty when it can be loaded.
   */
  public static List<String> errorsOf(SeedDocument document) {
    List<String> errors = new ArrayList<>();
    SeedWindowErrors.addTo(
        document, (path, violations) -> report(path, violations, errors), errors);
    Map<String, String> executionPaths = new HashMap<>();
    List<MaintenanceWindowExecution> executions = document.windowExecutions();
    for (int i = 0; i < executions.size(); i++) {
      String path = SeedJsonPath.element(EXECUTIONS, i);
      MaintenanceWindowExecution execution = executions.get(i);
      if (execution == null) {
        errors.add(path + ": an execution must be an object, not null");
        continue;
      }
      report(path, RecordRules.violationsOf(execution), errors);
      String id = execution.windowExecutionId();
      if (id != null) {
        String first = executionPaths.putIfAbsent(id, path);
        if (first != null) {
          errors.add(
              path + ".WindowExecutionId: duplicate id '" + id + "', first listed at " + first);
        }
      }
    }
    Map<String, String> taskPaths = new HashMap<>();
    List<MaintenanceWindowExecutionTaskIdentity> tasks = document.windowExecutionTasks();
    for (int i = 0; i < tasks.size(); i++) {
      String path = SeedJsonPath.element(TASKS, i);
      MaintenanceWindowExecutionTaskIdentity task = tasks.get(i);
      if (task == null) {
        errors.add(path + ": a task execution must be an object, not null");
        continue;
      }
      report(path, RecordRules.violationsOf(task), errors);
      String executionId = task.windowExecutionId();
      if (executionId != null && !executionPaths.containsKey(executionId)) {
        errors.add(
            path
                + ".WindowExecutionId: maintenance window execution '"
                + executionId
                + "' is not listed in "
                + EXECUTIONS);
      }
      String taskId = task.taskExecutionId();
      if (taskId != null) {
        String first = taskPaths.putIfAbsent(taskId, path);
        if (first != null) {
          errors.add(
              path + ".TaskExecutionId: duplicate id '" + taskId + "', first listed at " + first);
        }
      }
    }
    return errors;
  }

  private static void report(String recordPath, List<Violation> violations, List<String> errors) {
    for (Violation violation : violations) {
      String value = violation.value() == null ? "null" : "'" + violation.value() + "'";
      errors.add(
          SeedJsonPath.of(recordPath, violation.path())
              + ": Value "
              + value
              + " failed to satisfy constraint: "
              + violation.constraint());
    }
  }
}
