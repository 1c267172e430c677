package io.shapeforge.samples.ssm.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapeforge.runtime.store.InMemoryStore;
import io.shapeforge.runtime.store.ScanRange;
import io.shapeforge.runtime.store.Table;
import io.shapeforge.samples.ssm.execution.ExecutionTables;
import io.shapeforge.samples.ssm.execution.WindowRun;
import io.shapeforge.samples.ssm.imported.model.AmazonSsmTables;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecution;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionStatus;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionTaskIdentity;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowTaskType;
import io.shapeforge.samples.ssm.windows.MaintenanceWindowTables;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo as the scheduler made it: the same on every run, with what the README promises. */
class DemoDataTest {
  private static final DemoData DEMO = DemoData.create();

  @Test
  void theSnapshotOnTheClassPathIsTheDemoAFreshPlayMakes() {
    DemoData read = DemoSnapshot.readBundled();
    assertNotNull(read, "the build writes " + DemoSnapshot.RESOURCE + " at process-classes");
    DemoData played = DemoData.play();
    assertEquals(played.ids(), read.ids());
    assertEquals(played.records(), read.records());
    assertEquals(played.failedInvocationId(), read.failedInvocationId());
    assertEquals(played.webServerId(), read.webServerId());
  }

  @Test
  void theSnapshotNamesEveryTableThePlayWrites() {
    Set<String> written = new TreeSet<>();
    DemoData.play().records().schemas().forEach(schema -> written.add(schema.name()));
    Set<String> named = new TreeSet<>();
    DemoSnapshot.tables().forEach(schema -> named.add(schema.name()));
    assertEquals(named, written);
  }

  @Test
  void aCutSnapshotIsRefused() throws IOException {
    StringWriter whole = new StringWriter();
    DemoSnapshot.write(DEMO, whole);
    String text = whole.toString();
    String cut = text.substring(0, text.lastIndexOf('\n', text.length() - 2) + 1);
    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () ->
                DemoSnapshot.read(new ByteArrayInputStream(cut.getBytes(StandardCharsets.UTF_8))));
    assertTrue(refused.getMessage().startsWith("the demo snapshot ends inside table"));
    assertTrue(
        DemoSnapshot.sameDemo(
            DEMO,
            DemoSnapshot.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))));
  }

  @Test
  void theDemoIsTheSameOnEveryRun() {
    DemoData again = DemoData.play();
    assertEquals(DEMO.records(), again.records());
    assertEquals(DEMO.failedExecutionId(), again.failedExecutionId());
    assertEquals(DEMO.largeExecutionId(), again.largeExecutionId());
    assertEquals(DEMO.failedInvocationId(), again.failedInvocationId());
  }

  @Test
  void everyExecutionIsOneTheSchedulerRan() {
    Set<String> run =
        DEMO.records().of(ExecutionTables.RUNS).stream()
            .map(WindowRun::windowExecutionId)
            .collect(Collectors.toSet());
    Set<String> listed =
        DEMO.executions().stream()
            .map(MaintenanceWindowExecution::windowExecutionId)
            .collect(Collectors.toSet());
    assertEquals(run, listed);
    assertEquals(8, listed.size());
    assertEquals(5, DEMO.records().of(MaintenanceWindowTables.WINDOWS).size());
    assertTrue(DEMO.invocationCount() > DEMO.taskExecutionCount(), "tasks on several targets");
  }

  /**
   * Every status a task execution can have, but PENDING: the scheduler starts a due run at once and
   * lists a task execution when it starts. SKIPPED_OVERLAPPING is an execution's (AWS lists a
   * skipped run with no tasks).
   */
  @Test
  void theDemoHasTasksInEveryStatusTheSchedulerGivesAndExecutionsInEveryOther() {
    Set<MaintenanceWindowExecutionStatus> taskStatuses =
        statuses(DEMO.taskExecutions(), MaintenanceWindowExecutionTaskIdentity::status);
    assertEquals(
        EnumSet.of(
            MaintenanceWindowExecutionStatus.IN_PROGRESS,
            MaintenanceWindowExecutionStatus.SUCCESS,
            MaintenanceWindowExecutionStatus.FAILED,
            MaintenanceWindowExecutionStatus.TIMED_OUT,
            MaintenanceWindowExecutionStatus.CANCELLING,
            MaintenanceWindowExecutionStatus.CANCELLED),
        taskStatuses);
    Set<MaintenanceWindowExecutionStatus> executionStatuses =
        statuses(DEMO.executions(), MaintenanceWindowExecution::status);
    assertEquals(
        EnumSet.of(
            MaintenanceWindowExecutionStatus.IN_PROGRESS,
            MaintenanceWindowExecutionStatus.SUCCESS,
            MaintenanceWindowExecutionStatus.FAILED,
            MaintenanceWindowExecutionStatus.CANCELLING,
            MaintenanceWindowExecutionStatus.CANCELLED,
            MaintenanceWindowExecutionStatus.SKIPPED_OVERLAPPING),
        executionStatuses);
  }

  @Test
  void theFailedRunHasTasksThatSucceededFailedTimedOutAndWereCancelledOfEveryType() {
    List<MaintenanceWindowExecutionTaskIdentity> tasks =
        DEMO.taskExecutions().stream()
            .filter(task -> task.windowExecutionId().equals(DEMO.failedExecutionId()))
            .toList();
    assertEquals(5, tasks.size());
    assertEquals(
        EnumSet.of(
            MaintenanceWindowExecutionStatus.SUCCESS,
            MaintenanceWindowExecutionStatus.FAILED,
            MaintenanceWindowExecutionStatus.TIMED_OUT,
            MaintenanceWindowExecutionStatus.CANCELLED),
        statuses(tasks, MaintenanceWindowExecutionTaskIdentity::status));
    assertEquals(
        MaintenanceWindowTaskType.knownValues(),
        tasks.stream()
            .map(MaintenanceWindowExecutionTaskIdentity::taskType)
            .collect(
                Collectors.toCollection(() -> EnumSet.noneOf(MaintenanceWindowTaskType.class))));
    assertTrue(
        tasks.stream().anyMatch(task -> task.alarmConfiguration() != null),
        "the patch task watches an alarm");
  }

  @Test
  void theLargeExecutionHasMoreThanAPageOfTasksMostlySuccesses() {
    Map<String, Long> tasksPerExecution =
        DEMO.taskExecutions().stream()
            .collect(
                Collectors.groupingBy(
                    MaintenanceWindowExecutionTaskIdentity::windowExecutionId,
                    Collectors.counting()));
    assertEquals(
        (long) DemoData.LARGE_EXECUTION_TASKS, tasksPerExecution.get(DEMO.largeExecutionId()));
    assertTrue(DemoData.LARGE_EXECUTION_TASKS > 100);
    Map<MaintenanceWindowExecutionStatus, Long> byStatus =
        DEMO.taskExecutions().stream()
            .filter(task -> task.windowExecutionId().equals(DEMO.largeExecutionId()))
            .collect(
                Collectors.groupingBy(
                    MaintenanceWindowExecutionTaskIdentity::status, Collectors.counting()));
    assertEquals(
        Set.of(
            MaintenanceWindowExecutionStatus.SUCCESS,
            MaintenanceWindowExecutionStatus.FAILED,
            MaintenanceWindowExecutionStatus.TIMED_OUT),
        byStatus.keySet());
    assertTrue(
        byStatus.get(MaintenanceWindowExecutionStatus.SUCCESS) > 10
            && byStatus.get(MaintenanceWindowExecutionStatus.SUCCESS)
                < DemoData.LARGE_EXECUTION_TASKS,
        "a real selection for a STATUS filter: " + byStatus);
  }

  @Test
  void theDemoLoadsOnlyIntoAnEmptyStore() {
    InMemoryStore store = new InMemoryStore();
    try (SsmEmulator first = SsmEmulator.builder().store(store).demo(DEMO).build();
        SsmEmulator second = SsmEmulator.builder().store(store).demo(DEMO).build()) {
      assertTrue(first.loadedSeed());
      assertFalse(second.loadedSeed(), "the records already there are kept");
    }
  }

  /**
   * On a persistent store the demo's records, the scheduler's included, go through the JDBC codecs:
   * the first start loads them, and a restart keeps them as they were.
   */
  @Test
  void theDemoLoadsIntoAnH2FileOnceAndReadsBackTheSame(@TempDir Path dir) {
    String location = "h2:" + dir.resolve("ssm");
    try (SsmEmulator first = SsmEmulator.builder().store(location).demo(DEMO).build()) {
      assertTrue(first.loadedSeed());
    }
    try (SsmEmulator again = SsmEmulator.builder().store(location).demo(DEMO).build()) {
      assertFalse(again.loadedSeed(), "a restart keeps the stored records");
      Table<MaintenanceWindowExecutionTaskIdentity> tasks =
          again.store().table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION_TASK_IDENTITY);
      try (Stream<MaintenanceWindowExecutionTaskIdentity> stored =
          tasks.scan(tasks.schema().primaryKey(), ScanRange.all())) {
        assertEquals(DEMO.taskExecutions(), stored.toList());
      }
      assertEquals(
          DEMO.records().of(ExecutionTables.RUNS),
          scanAll(again.store().table(ExecutionTables.RUNS)));
    }
  }

  private static <R> List<R> scanAll(Table<R> table) {
    try (Stream<R> all = table.scan(table.schema().primaryKey(), ScanRange.all())) {
      return all.toList();
    }
  }

  /** The README shows real output for these ids; a change to the demo must update it. */
  @Test
  void theReadmeShowsTheIdsOfThisDemo() throws Exception {
    Path readme = Path.of("..", "..", "README.md");
    String text = Files.readString(readme);

    assertTrue(
        text.contains("--window-execution-id " + DEMO.failedExecutionId()),
        "failed execution id in " + readme);
    assertTrue(
        text.contains("--window-execution-id " + DEMO.largeExecutionId()),
        "large execution id in " + readme);
    assertTrue(text.contains("--window-id " + DEMO.nightlyWindowId()), "window id in " + readme);
  }

  private static <T> Set<MaintenanceWindowExecutionStatus> statuses(
      List<T> records, Function<T, MaintenanceWindowExecutionStatus> status) {
    return records.stream()
        .map(status)
        .collect(
            Collectors.toCollection(() -> EnumSet.noneOf(MaintenanceWindowExecutionStatus.class)));
  }
}
