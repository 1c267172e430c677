package io.shapeforge.samples.ssm.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapeforge.runtime.store.ScanRange;
import io.shapeforge.runtime.store.Table;
import io.shapeforge.samples.ssm.imported.model.AmazonSsmTables;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecution;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionStatus;
import io.shapeforge.samples.ssm.schedule.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the demo does on each clock it may be served on (DemoData's javadoc and the README say the
 * same): it was played up to {@link DemoData#END}, so no clock catches up a run of that period, the
 * one execution left CANCELLING ends CANCELLED at the scheduler's first pass, the backup scripted
 * to hang stays IN_PROGRESS, and only dr-drill runs again, each 10 January from 2027.
 */
class DemoClockTest {
  private static final DemoData DEMO = DemoData.create();

  @Test
  void onTheRealClockNoRunOfThePeriodSinceIsCaughtUp() throws Exception {
    try (SsmEmulator emulator = SsmEmulator.builder().port(0).demo(DEMO).build().start()) {
      String cancelling = withStatus(MaintenanceWindowExecutionStatus.CANCELLING);
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (statusOf(emulator, cancelling) != MaintenanceWindowExecutionStatus.CANCELLED) {
        assertTrue(System.nanoTime() < deadline, "the scheduler's first pass ends the cancel");
        Thread.sleep(50);
      }
      Map<String, MaintenanceWindowExecution> now = executions(emulator);
      int yearsOfDrills = emulator.now().atZone(ZoneOffset.UTC).getYear() - 2026;
      for (MaintenanceWindowExecution execution : now.values()) {
        boolean demo = demoStatus(execution.windowExecutionId()) != null;
        assertTrue(
            demo || execution.windowId().equals(DEMO.drillWindowId()),
            "only dr-drill runs after the period: " + execution);
      }
      assertTrue(now.size() <= DEMO.executionCount() + yearsOfDrills, now.toString());
      assertUnchangedBut(cancelling, now);
    }
  }

  @Test
  void onAManualClockBeforeTheEndTheDemoStandsAsItEndedAndMovingUpToTheEndStartsNothing() {
    try (SsmEmulator emulator =
        SsmEmulator.builder()
            .clock(ManualClock.startingAt(Instant.parse("2025-12-01T00:00:00Z")))
            .demo(DEMO)
            .build()) {
      assertEquals(demoExecutions(), executions(emulator), "served as the demo ended");

      emulator.setClock(DemoData.START.plus(Duration.ofDays(2)));
      emulator.setClock(DemoData.END);

      String cancelling = withStatus(MaintenanceWindowExecutionStatus.CANCELLING);
      Map<String, MaintenanceWindowExecution> now = executions(emulator);
      assertEquals(DEMO.executionCount(), now.size(), "no run started: " + now);
      assertEquals(MaintenanceWindowExecutionStatus.CANCELLED, statusOf(emulator, cancelling));
      assertUnchangedBut(cancelling, now);
    }
  }

  @Test
  void onAManualClockAfterTheEndOnlyTheDrillRunsOnItsDay() {
    try (SsmEmulator emulator =
        SsmEmulator.builder()
            .clock(ManualClock.startingAt(Instant.parse("2027-01-04T00:00:00Z")))
            .demo(DEMO)
            .build()) {
      emulator.advanceClock(Duration.ofDays(7));

      Map<String, MaintenanceWindowExecution> now = executions(emulator);
      List<MaintenanceWindowExecution> added =
          now.values().stream()
              .filter(execution -> demoStatus(execution.windowExecutionId()) == null)
              .toList();
      assertEquals(1, added.size(), now.toString());
      assertEquals(DEMO.drillWindowId(), added.get(0).windowId());
      assertEquals(Instant.parse("2027-01-10T06:00:00Z"), added.get(0).startTime());
      String cancelling = withStatus(MaintenanceWindowExecutionStatus.CANCELLING);
      assertEquals(MaintenanceWindowExecutionStatus.CANCELLED, statusOf(emulator, cancelling));
      now.remove(added.get(0).windowExecutionId());
      assertUnchangedBut(cancelling, now);
    }
  }

  /** Every demo execution but {@code cancelled} has the status it had at the end of the demo. */
  private static void assertUnchangedBut(
      String cancelled, Map<String, MaintenanceWindowExecution> now) {
    Map<String, MaintenanceWindowExecutionStatus> expected = new HashMap<>();
    demoExecutions().forEach((id, execution) -> expected.put(id, execution.status()));
    expected.put(cancelled, MaintenanceWindowExecutionStatus.CANCELLED);
    Map<String, MaintenanceWindowExecutionStatus> actual = new HashMap<>();
    now.forEach(
        (id, execution) -> {
          if (expected.containsKey(id)) {
            actual.put(id, execution.status());
          }
        });
    assertEquals(expected, actual);
    assertTrue(
        expected.containsValue(MaintenanceWindowExecutionStatus.IN_PROGRESS),
        "the hanging backup still runs");
  }

  private static String withStatus(MaintenanceWindowExecutionStatus status) {
    List<String> ids =
        DEMO.executions().stream()
            .filter(execution -> execution.status() == status)
            .map(MaintenanceWindowExecution::windowExecutionId)
            .toList();
    assertEquals(1, ids.size(), status + ": " + ids);
    return ids.get(0);
  }

  private static MaintenanceWindowExecutionStatus demoStatus(String executionId) {
    MaintenanceWindowExecution execution = demoExecutions().get(executionId);
    return execution == null ? null : execution.status();
  }

  private static Map<String, MaintenanceWindowExecution> demoExecutions() {
    return DEMO.executions().stream()
        .collect(
            Collectors.toMap(
                MaintenanceWindowExecution::windowExecutionId, execution -> execution));
  }

  private static MaintenanceWindowExecutionStatus statusOf(
      SsmEmulator emulator, String executionId) {
    return executions(emulator).get(executionId).status();
  }

  private static Map<String, MaintenanceWindowExecution> executions(SsmEmulator emulator) {
    Table<MaintenanceWindowExecution> table =
        emulator.store().table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION);
    try (Stream<MaintenanceWindowExecution> all =
        table.scan(table.schema().primaryKey(), ScanRange.all())) {
      return all.collect(
          Collectors.toMap(
              MaintenanceWindowExecution::windowExecutionId,
              execution -> execution,
              (a, b) -> a,
              HashMap::new));
    }
  }
}
