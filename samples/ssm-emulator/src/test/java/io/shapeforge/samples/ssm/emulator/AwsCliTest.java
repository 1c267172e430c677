package io.shapeforge.samples.ssm.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shapeforge.runtime.store.Key;
import io.shapeforge.runtime.store.ScanRange;
import io.shapeforge.runtime.store.Table;
import io.shapeforge.samples.ssm.imported.model.AmazonSsmTables;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionTaskIdentity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AWS CLI (botocore), run as a user would, against the emulator loaded with the demo data.
 * Skipped only when no {@code aws} is on the PATH.
 */
class AwsCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DemoData DEMO = DemoData.create();

  /** An id a printed command asks about. */
  private static final Pattern ID_ARGUMENT =
      Pattern.compile(
          "--(?:window-id|window-execution-id|task-id|window-task-id|invocation-id) (\\S+)");

  private static SsmEmulator emulator;

  @TempDir Path home;

  @BeforeAll
  static void start() {
    emulator = SsmEmulator.builder().port(0).demo(DEMO).build().start();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @Test
  void autoPaginationMergesEveryPageOfTheLargeExecution() throws Exception {
    AwsCli.Result result =
        cli()
            .run(
                List.of(
                    "ssm",
                    "describe-maintenance-window-execution-tasks",
                    "--endpoint-url",
                    emulator.endpoint().toString(),
                    "--window-execution-id",
                    DEMO.largeExecutionId(),
                    "--output",
                    "json"));

    assertEquals(0, result.exitCode(), result.stderr());
    JsonNode output = JSON.readTree(result.stdout());
    assertEquals(storedIdsInApiOrder(DEMO.largeExecutionId()), taskIds(output));
    assertEquals(
        DemoData.LARGE_EXECUTION_TASKS, output.get("WindowExecutionTaskIdentities").size());
    assertFalse(output.has("NextToken"), "the CLI followed every NextToken");
  }

  @Test
  void aStatusFilter() throws Exception {
    AwsCli.Result result =
        cli()
            .run(
                List.of(
                    "ssm",
                    "describe-maintenance-window-execution-tasks",
                    "--endpoint-url",
                    emulator.endpoint().toString(),
                    "--window-execution-id",
                    DEMO.largeExecutionId(),
                    "--filters",
                    "Key=STATUS,Values=SUCCESS",
                    "--output",
                    "json"));

    assertEquals(0, result.exitCode(), result.stderr());
    JsonNode output = JSON.readTree(result.stdout());
    List<String> statuses = new ArrayList<>();
    output
        .get("WindowExecutionTaskIdentities")
        .forEach(task -> statuses.add(task.get("Status").asText()));
    List<String> expected =
        storedInApiOrder(DEMO.largeExecutionId()).stream()
            .filter(task -> task.statusAsString().equals("SUCCESS"))
            .map(MaintenanceWindowExecutionTaskIdentity::taskExecutionId)
            .collect(Collectors.toList());
    assertEquals(expected, taskIds(output));
    assertTrue(
        expected.size() > 10 && expected.size() < DemoData.LARGE_EXECUTION_TASKS,
        "a real selection");
    assertTrue(statuses.stream().allMatch("SUCCESS"::equals), statuses.toString());
  }

  /**
   * Every command {@code --demo} prints, run as pasted: one or more for each maintenance-window
   * operation that reads, each answering about the ids it names.
   */
  @Test
  void everyCommandThatDemoPrintsWorksAsPasted() throws Exception {
    List<String> commands =
        DemoCommands.render(emulator.endpoint(), DEMO)
            .lines()
            .map(String::strip)
            .filter(line -> line.startsWith("aws "))
            .collect(Collectors.toList());
    assertEquals(
        Set.of(
            "describe-maintenance-windows",
            "get-maintenance-window",
            "describe-maintenance-window-targets",
            "describe-maintenance-window-tasks",
            "get-maintenance-window-task",
            "describe-maintenance-windows-for-target",
            "describe-maintenance-window-schedule",
            "describe-maintenance-window-executions",
            "get-maintenance-window-execution",
            "describe-maintenance-window-execution-tasks",
            "get-maintenance-window-execution-task",
            "describe-maintenance-window-execution-task-invocations",
            "get-maintenance-window-execution-task-invocation"),
        commands.stream().map(command -> command.split(" ")[2]).collect(Collectors.toSet()),
        "every read operation of the family");

    for (String command : commands) {
      AwsCli.Result result = cli().runInShell(command);
      if (command.contains(DemoCommands.MISSING_EXECUTION_ID)) {
        assertTrue(result.exitCode() != 0, command);
        assertTrue(
            result.stderr().contains("(DoesNotExistException)")
                && result
                    .stderr()
                    .contains(
                        "Maintenance window execution "
                            + DemoCommands.MISSING_EXECUTION_ID
                            + " does not exist"),
            result.stderr());
        continue;
      }
      assertEquals(0, result.exitCode(), command + "\n" + result.stderr());
      if (command.contains("length(WindowExecutionTaskIdentities)")) {
        assertEquals(String.valueOf(DemoData.LARGE_EXECUTION_TASKS), result.stdout().strip());
      } else if (command.contains("--output text")) {
        List<String> rows = result.stdout().lines().toList();
        assertTrue(rows.size() > 1, result.stdout());
        assertTrue(
            rows.stream().allMatch(row -> row.endsWith("\tFAILED") || row.endsWith("\tTIMED_OUT")),
            result.stdout());
      } else {
        assertAnswersAbout(command, JSON.readTree(result.stdout()), result.stdout());
      }
    }
  }

  /** The answer names every id the command asks about, and lists something wherever it lists. */
  private static void assertAnswersAbout(String command, JsonNode answer, String stdout) {
    Matcher id = ID_ARGUMENT.matcher(command);
    while (id.find()) {
      assertTrue(stdout.contains("\"" + id.group(1) + "\""), command + " names " + id.group(1));
    }
    answer
        .fields()
        .forEachRemaining(
            member -> {
              if (member.getValue().isArray()) {
                assertTrue(member.getValue().size() > 0, command + ": " + member.getKey());
              }
            });
    assertTrue(answer.size() > 0, command);
  }

  private AwsCli cli() {
    assumeTrue(AwsCli.find().isPresent(), "the AWS CLI is not on the PATH");
    return new AwsCli(home);
  }

  private static List<String> taskIds(JsonNode output) {
    List<String> ids = new ArrayList<>();
    output
        .get("WindowExecutionTaskIdentities")
        .forEach(task -> ids.add(task.get("TaskExecutionId").asText()));
    return ids;
  }

  private static List<String> storedIdsInApiOrder(String executionId) {
    return storedInApiOrder(executionId).stream()
        .map(MaintenanceWindowExecutionTaskIdentity::taskExecutionId)
        .collect(Collectors.toList());
  }

  /** The tasks as the store holds them, in the order the API promises. */
  private static List<MaintenanceWindowExecutionTaskIdentity> storedInApiOrder(String executionId) {
    Table<MaintenanceWindowExecutionTaskIdentity> tasks =
        emulator.store().table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION_TASK_IDENTITY);
    try (Stream<MaintenanceWindowExecutionTaskIdentity> stored =
        tasks.scan(tasks.schema().primaryKey(), ScanRange.prefix(Key.of(executionId)))) {
      return stored.sorted(TestRecords.API_ORDER).collect(Collectors.toList());
    }
  }
}
