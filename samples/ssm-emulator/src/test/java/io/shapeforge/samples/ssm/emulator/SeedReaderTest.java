package io.shapeforge.samples.ssm.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapeforge.runtime.store.InMemoryStore;
import io.shapeforge.runtime.store.Key;
import io.shapeforge.runtime.store.Store;
import io.shapeforge.samples.ssm.imported.model.AmazonSsmTables;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionTaskIdentity;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedReaderTest {
  private static final String EXECUTION = "6ff7bd81-3a1b-4c62-9a4f-1a2b3c4d5e6f";
  private static final String STATUSES =
      "[PENDING, IN_PROGRESS, SUCCESS, FAILED, TIMED_OUT, CANCELLING, CANCELLED, SKIPPED_OVERLAPPING]";

  @Test
  void aValidSeedLoadsEveryRecord() throws Exception {
    Store store = new InMemoryStore();
    SsmEmulator.builder().store(store).seed(resource("seeds/valid.json")).build();

    assertEquals(2, store.table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION).size());
    assertEquals(2, store.table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION_TASK_IDENTITY).size());
    MaintenanceWindowExecutionTaskIdentity task =
        store
            .table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION_TASK_IDENTITY)
            .get(Key.of(EXECUTION, "f407ba63-998f-4b89-8467-279fc0000001"))
            .orElseThrow();
    assertEquals(Instant.parse("2021-08-04T18:35:35.145Z"), task.startTime());
    assertEquals("ALARM", task.triggeredAlarms().get(0).stateAsString());
  }

  @Test
  void anInvalidSeedReportsEveryErrorWithItsJsonPathAndLoadsNothing() throws Exception {
    Store store = new InMemoryStore();
    SsmEmulator.Builder builder =
        SsmEmulator.builder().store(store).seed(resource("seeds/several-errors.json"));

    InvalidSeedException error = assertThrows(InvalidSeedException.class, builder::build);

    assertEquals(
        List.of(
            "$.WindowExecutions[1].WindowId: Value 'mw-XYZ' failed to satisfy constraint: "
                + "Member must satisfy regular expression pattern: ^mw-[0-9a-f]{17}$",
            "$.WindowExecutions[1].WindowId: Value 'mw-XYZ' failed to satisfy constraint: "
                + "Member must have length greater than or equal to 20",
            "$.WindowExecutions[1].Status: Value 'DONE' failed to satisfy constraint: "
                + "Member must satisfy enum value set: "
                + STATUSES,
            "$.WindowExecutions[1].WindowExecutionId: duplicate id '"
                + EXECUTION
                + "', first listed at $.WindowExecutions[0]",
            "$.WindowExecutionTasks[1].TaskExecutionId: duplicate id 'f407ba63-998f-4b89-8467-279fc0000001', "
                + "first listed at $.WindowExecutionTasks[0]",
            "$.WindowExecutionTasks[2].TaskArn: Value '' failed to satisfy constraint: "
                + "Member must have length greater than or equal to 1",
            "$.WindowExecutionTasks[2].TaskType: Value 'SHELL' failed to satisfy constraint: "
                + "Member must satisfy enum value set: [RUN_COMMAND, AUTOMATION, STEP_FUNCTIONS, LAMBDA]",
            "$.WindowExecutionTasks[2].AlarmConfiguration.Alarms: Value '[Alarm(Name=  ), Alarm(Name=b)]' "
                + "failed to satisfy constraint: Member must have length less than or equal to 1",
            "$.WindowExecutionTasks[2].AlarmConfiguration.Alarms[0].Name: Value '  ' failed to satisfy constraint: "
                + "Member must satisfy regular expression pattern: ^(?!\\s*$).+",
            "$.WindowExecutionTasks[2].TriggeredAlarms[0].State: Value null failed to satisfy constraint: "
                + "Member must not be null",
            "$.WindowExecutionTasks[2].WindowExecutionId: maintenance window execution "
                + "'11111111-2222-3333-4444-555555555555' is not listed in WindowExecutions",
            "$.WindowExecutionTasks[3].WindowExecutionId: Value null failed to satisfy constraint: Member must not be null",
            "$.WindowExecutionTasks[4]: a task execution must be an object, not null"),
        error.errors());
    assertTrue(
        error.getMessage().contains("is invalid (13 errors); nothing was loaded"),
        error.getMessage());
    assertEquals(0, store.table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION).size());
    assertEquals(0, store.table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION_TASK_IDENTITY).size());
  }

  @Test
  void aJsonErrorIsReportedWithItsPath() {
    String wrongType =
        "{\"WindowExecutions\": [{\"WindowExecutionId\": \""
            + EXECUTION
            + "\", \"StartTime\": \"yesterday\"}]}";

    InvalidSeedException error =
        assertThrows(
            InvalidSeedException.class,
            () -> SeedReader.parse(wrongType.getBytes(StandardCharsets.UTF_8), "inline"));

    assertEquals(1, error.errors().size());
    assertTrue(
        error.errors().get(0).contains("$.WindowExecutions[0].StartTime"), error.errors().get(0));
  }

  @Test
  void misspelledMembersAreReportedWithTheOtherErrors() {
    String typos =
        "{\"WindowExecutions\": [{\"WindowExecutionID\": \""
            + EXECUTION
            + "\"}],"
            + " \"WindowExecutionTasks\": [{\"WindowExecutionId\": \""
            + EXECUTION
            + "\","
            + " \"TaskExecutionId\": \""
            + EXECUTION
            + "\", \"AlarmConfiguration\": {\"Alarms\": [{\"Nmae\": \"x\"}]}}],"
            + " \"Extra\": 1}";

    InvalidSeedException error =
        assertThrows(
            InvalidSeedException.class,
            () -> SeedReader.parse(typos.getBytes(StandardCharsets.UTF_8), "inline"));

    assertEquals(
        List.of(
            "$.WindowExecutions[0].WindowExecutionID: unknown member; MaintenanceWindowExecution has "
                + "WindowId, WindowExecutionId, Status, StatusDetails, StartTime, EndTime",
            "$.WindowExecutionTasks[0].AlarmConfiguration.Alarms[0].Nmae: unknown member; Alarm has Name",
            "$.Extra: unknown member; SeedDocument has Windows, WindowTargets, WindowTasks, WindowExecutions, WindowExecutionTasks",
            "$.WindowExecutions[0].WindowExecutionId: Value null failed to satisfy constraint: Member must not be null",
            "$.WindowExecutionTasks[0].AlarmConfiguration.Alarms[0].Name: Value null failed to satisfy constraint: "
                + "Member must not be null",
            "$.WindowExecutionTasks[0].WindowExecutionId: maintenance window execution '"
                + EXECUTION
                + "' is not listed in WindowExecutions"),
        error.errors());
  }

  @Test
  void anExecutionWithoutTasksExists() {
    String seed = "{\"WindowExecutions\": [{\"WindowExecutionId\": \"" + EXECUTION + "\"}]}";

    SeedDocument document = SeedReader.parse(seed.getBytes(StandardCharsets.UTF_8), "inline");

    assertEquals(1, document.windowExecutions().size());
    assertEquals(List.of(), document.windowExecutionTasks());
  }

  static Path resource(String name) throws URISyntaxException {
    return Path.of(SeedReaderTest.class.getClassLoader().getResource(name).toURI());
  }
}
