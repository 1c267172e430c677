package io.shapeforge.samples.ssm.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapeforge.runtime.protocol.JsonCodec;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionStatus;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionTaskIdentity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoDataTest {
  private final SeedDocument demo = DemoData.create().document();

  @Test
  void theDemoIsAValidSeedAndTheSameOnEveryRun() {
    assertEquals(List.of(), SeedReader.errorsOf(demo));
    assertEquals(demo, DemoData.create().document());
    byte[] json = JsonCodec.defaults().encode(demo);
    assertEquals(
        demo, SeedReader.parse(json, "demo"), "written as a seed file, it reads back the same");
  }

  @Test
  void theDemoHasTasksInEveryStatusAndOneExecutionOfMoreThan100() {
    Set<MaintenanceWindowExecutionStatus> statuses =
        demo.windowExecutionTasks().stream()
            .map(MaintenanceWindowExecutionTaskIdentity::status)
            .collect(
                Collectors.toCollection(
                    () -> EnumSet.noneOf(MaintenanceWindowExecutionStatus.class)));
    assertEquals(MaintenanceWindowExecutionStatus.knownValues(), statuses);

    Map<String, Long> tasksPerExecution =
        demo.windowExecutionTasks().stream()
            .collect(
                Collectors.groupingBy(
                    MaintenanceWindowExecutionTaskIdentity::windowExecutionId,
                    Collectors.counting()));
    assertEquals(
        (long) DemoData.LARGE_EXECUTION_TASKS,
        tasksPerExecution.get(DemoData.create().largeExecutionId()));
    assertTrue(DemoData.LARGE_EXECUTION_TASKS > 100);
    assertTrue(demo.windowExecutions().size() >= 5, "several executions");
    assertTrue(
        demo.windowExecutions().size() > tasksPerExecution.size(),
        "one execution has no tasks yet");
    assertTrue(
        demo.windowExecutionTasks().stream().anyMatch(task -> task.triggeredAlarms() != null),
        "alarms on some");
  }

  /** The README shows real output for these ids; a change to the demo must update it. */
  @Test
  void theReadmeShowsTheIdsOfThisDemo() throws Exception {
    Path readme = Path.of("..", "..", "README.md");
    String text = Files.readString(readme);
    DemoData demo = DemoData.create();

    assertTrue(
        text.contains("--window-execution-id " + demo.failedExecutionId()),
        "failed execution id in " + readme);
    assertTrue(
        text.contains("--window-execution-id " + demo.largeExecutionId()),
        "large execution id in " + readme);
  }
}
