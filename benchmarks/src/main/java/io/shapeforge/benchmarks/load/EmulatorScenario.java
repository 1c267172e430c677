package io.shapeforge.benchmarks.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shapeforge.benchmarks.dataset.TaskDataset;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets the Shapeforge SSM emulator up and builds the measured page of {@code
 * DescribeMaintenanceWindowExecutionTasks}: either the emulator as users start it ({@code --demo}),
 * first page of its large execution, or with the benchmark data set as its seed file, the mid-table
 * execution, {@code STATUS in (SUCCESS, FAILED)}, the first page of {@code pageSize} items.
 */
final class EmulatorScenario {
  static final String TARGET = "AmazonSSM.DescribeMaintenanceWindowExecutionTasks";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The demo's "one page of 10" example names the large execution. */
  private static final Pattern DEMO_PAGED_EXAMPLE =
      Pattern.compile("--window-execution-id ([0-9a-fA-F-]{36}) --max-items 10");

  private EmulatorScenario() {}

  /** The command that starts the emulator jar on the placeholder port with {@code seed}. */
  static List<String> command(Path emulatorJar, Path seed) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return List.of(
        java,
        "-jar",
        emulatorJar.toString(),
        "--port",
        LaunchedServer.PORT_PLACEHOLDER,
        "--seed",
        seed.toString());
  }

  /**
   * The command that starts the emulator on the placeholder port with its demo data, the way a user
   * starts the packaged emulator: the launcher script {@code mvn package} writes beside the jar
   * ({@code target/ssm-emulator}, with its class-data-sharing archive and JVM flags), or {@code
   * java -jar} where there is no launcher.
   */
  static List<String> demoCommand(Path emulatorJar) {
    Path launcher = launcherOf(emulatorJar);
    if (Files.isExecutable(launcher)) {
      return List.of(launcher.toString(), "--port", LaunchedServer.PORT_PLACEHOLDER, "--demo");
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return List.of(
        java, "-jar", emulatorJar.toString(), "--port", LaunchedServer.PORT_PLACEHOLDER, "--demo");
  }

  /** The launcher script beside {@code emulatorJar}: its name without {@code .jar}. */
  static Path launcherOf(Path emulatorJar) {
    String name = emulatorJar.getFileName().toString();
    return emulatorJar.resolveSibling(
        name.endsWith(".jar") ? name.substring(0, name.length() - 4) : name + ".sh");
  }

  /**
   * The id of the demo's large execution (137 tasks, more than a page of 100), read from the AWS
   * CLI examples that {@code --demo} prints once it serves; empty until they are printed.
   */
  static Optional<String> demoLargeExecutionId(String printed) {
    Matcher example = DEMO_PAGED_EXAMPLE.matcher(printed);
    return example.find() ? Optional.of(example.group(1)) : Optional.empty();
  }

  /** The first page of {@code pageSize} tasks of {@code executionId}, without filters. */
  static AwsJsonCall demoPage(URI endpoint, String executionId, int pageSize) {
    ObjectNode request =
        JSON.createObjectNode().put("WindowExecutionId", executionId).put("MaxResults", pageSize);
    return new AwsJsonCall(endpoint, TARGET, request.toString());
  }

  /** The measured call; also the probe whose first 200 marks the emulator as started. */
  static AwsJsonCall page(URI endpoint, TaskDataset data, int pageSize) {
    ObjectNode request =
        JSON.createObjectNode().put("WindowExecutionId", data.midTableExecutionId());
    ArrayNode values =
        request.putArray("Filters").addObject().put("Key", "STATUS").putArray("Values");
    TaskDataset.PAGE_STATUSES.forEach(values::add);
    request.put("MaxResults", pageSize);
    return new AwsJsonCall(endpoint, TARGET, request.toString());
  }

  /** Writes {@code data} as a seed document in wire format (epoch-second timestamps). */
  static void writeSeed(TaskDataset data, Path seed) throws IOException {
    ObjectNode document = JSON.createObjectNode();
    ArrayNode executions = document.putArray("WindowExecutions");
    Instant first = Instant.parse("2021-08-04T18:00:00Z");
    for (int i = 0; i < data.executionIds().size(); i++) {
      Instant start = first.plusSeconds(3_600L * i);
      ObjectNode execution =
          executions
              .addObject()
              .put("WindowId", "mw-0123456789abcdef0")
              .put("WindowExecutionId", data.executionIds().get(i))
              .put("Status", "SUCCESS");
      execution.put("StartTime", epochSeconds(start));
      execution.put("EndTime", epochSeconds(start.plusSeconds(3_599)));
    }
    ArrayNode tasks = document.putArray("WindowExecutionTasks");
    data.forEach(
        task -> {
          ObjectNode node =
              tasks
                  .addObject()
                  .put("WindowExecutionId", task.windowExecutionId())
                  .put("TaskExecutionId", task.taskExecutionId())
                  .put("Status", task.status());
          if (task.statusDetails() != null) {
            node.put("StatusDetails", task.statusDetails());
          }
          node.put("StartTime", epochSeconds(task.startTime()));
          node.put("EndTime", epochSeconds(task.endTime()));
          node.put("TaskArn", task.taskArn());
          node.put("TaskType", task.taskType());
        });
    JSON.writeValue(seed.toFile(), document);
  }

  private static BigDecimal epochSeconds(Instant instant) {
    return BigDecimal.valueOf(instant.toEpochMilli(), 3);
  }
}
