package io.shapeforge.samples.ssm.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.shapeforge.runtime.store.InMemoryStore;
import io.shapeforge.runtime.store.Key;
import io.shapeforge.runtime.store.Store;
import io.shapeforge.samples.ssm.imported.model.AmazonSsmTables;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowTaskResult;
import io.shapeforge.samples.ssm.windows.MaintenanceWindowTables;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed keys {@code Windows}, {@code WindowTargets} and {@code WindowTasks}: wire-format records
 * checked by the generated validators and the schedule rules, all or nothing, every error with its
 * JSON path; beside them the execution keys keep working.
 */
class WindowSeedTest {
  private static final String WINDOW = "mw-0123456789abcdef0";
  private static final String TARGET = "11111111-2222-3333-4444-555555555555";
  private static final String TASK = "66666666-7777-8888-9999-000000000000";

  private static final String VALID =
      """
      {
        "Windows": [{"WindowId": "mw-0123456789abcdef0", "Name": "patch", "Enabled": true,
                     "Schedule": "cron(0 2 ? * TUE *)", "Duration": 3, "Cutoff": 1,
                     "AllowUnassociatedTargets": false, "CreatedDate": 1798761600}],
        "WindowTargets": [{"WindowId": "mw-0123456789abcdef0",
                           "WindowTargetId": "11111111-2222-3333-4444-555555555555",
                           "ResourceType": "INSTANCE",
                           "Targets": [{"Key": "InstanceIds", "Values": ["i-0123456789abcdef0"]}]}],
        "WindowTasks": [{"WindowId": "mw-0123456789abcdef0",
                         "WindowTaskId": "66666666-7777-8888-9999-000000000000",
                         "TaskArn": "AWS-RunPatchBaseline", "TaskType": "RUN_COMMAND", "Priority": 1,
                         "TaskInvocationParameters": {"RunCommand": {"Parameters": {"Operation": ["Install"]}}}}],
        "WindowExecutions": [{"WindowId": "mw-0123456789abcdef0",
                              "WindowExecutionId": "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
                              "Status": "SUCCESS"}]
      }
      """;

  @Test
  void windowsTargetsAndTasksLoadBesideExecutions() {
    Store store = new InMemoryStore();
    SeedDocument seed = SeedReader.parse(VALID.getBytes(StandardCharsets.UTF_8), "valid");
    try (SsmEmulator emulator = SsmEmulator.builder().store(store).seed(seed).build()) {
      assertEquals(true, emulator.loadedSeed());
      assertEquals(
          "patch",
          store.table(MaintenanceWindowTables.WINDOWS).get(Key.of(WINDOW)).orElseThrow().name());
      assertEquals(1, store.table(MaintenanceWindowTables.TARGETS).size());
      GetMaintenanceWindowTaskResult task =
          store.table(MaintenanceWindowTables.TASKS).get(Key.of(WINDOW, TASK)).orElseThrow();
      assertEquals(
          List.of("Install"),
          task.taskInvocationParameters().runCommand().parameters().get("Operation"));
      assertEquals(1, store.table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION).size());
    }
  }

  @Test
  void everyErrorIsReportedWithItsPathAndNothingLoads() {
    String invalid =
        """
        {
          "Windows": [{"WindowId": "mw-0123456789abcdef0", "Name": "patch",
                       "Schedule": "cron(0 2 * * *)", "Duration": 3, "Cutoff": 1},
                      {"WindowId": "mw-0123456789abcdef0", "Name": "again",
                       "Schedule": "rate(1 day)", "Duration": 3, "Cutoff": 1},
                      {"WindowId": "mw-bad", "Schedule": "rate(1 day)", "Duration": 30, "Cutoff": 1},
                      null],
          "WindowTargets": [{"WindowId": "mw-fedcba9876543210f",
                             "WindowTargetId": "11111111-2222-3333-4444-555555555555",
                             "ResourceType": "INSTANCE", "OwnerInfo": "typo"}],
          "WindowTasks": [{"WindowId": "mw-0123456789abcdef0",
                           "WindowTaskId": "66666666-7777-8888-9999-000000000000",
                           "TaskType": "SHELL"}]
        }
        """;
    InvalidSeedException refused =
        assertThrows(
            InvalidSeedException.class,
            () -> SeedReader.parse(invalid.getBytes(StandardCharsets.UTF_8), "invalid"));
    assertEquals(
        List.of(
            "$.WindowTargets[0].OwnerInfo: unknown member; MaintenanceWindowTarget has WindowId,"
                + " WindowTargetId, ResourceType, Targets, OwnerInformation, Name, Description",
            "$.Windows[0].Schedule: Invalid schedule expression 'cron(0 2 * * *)': a cron"
                + " expression has 6 fields (Minutes Hours Day-of-month Month Day-of-week Year), or 7"
                + " with Seconds first, but this one has 5. Verify your cron, rate or at expression"
                + " and try again.",
            "$.Windows[1].WindowId: duplicate id 'mw-0123456789abcdef0', first listed at $.Windows[0]",
            "$.Windows[2].Name: Value null failed to satisfy constraint: Member must not be null",
            "$.Windows[2].WindowId: Value 'mw-bad' failed to satisfy constraint: Member must satisfy"
                + " regular expression pattern: ^mw-[0-9a-f]{17}$",
            "$.Windows[2].WindowId: Value 'mw-bad' failed to satisfy constraint: Member must have"
                + " length greater than or equal to 20",
            "$.Windows[2].Duration: Value '30' failed to satisfy constraint: Member must have value"
                + " less than or equal to 24",
            "$.Windows[3]: a window must be an object, not null",
            "$.WindowTargets[0].WindowId: maintenance window 'mw-fedcba9876543210f' is not listed"
                + " in Windows",
            "$.WindowTasks[0].TaskArn: Value null failed to satisfy constraint: Member must not be"
                + " null",
            "$.WindowTasks[0].TaskType: Value 'SHELL' failed to satisfy constraint: Member must"
                + " satisfy enum value set: [RUN_COMMAND, AUTOMATION, STEP_FUNCTIONS, LAMBDA]"),
        refused.errors());
  }

  @Test
  void aSeedWithoutTheNewKeysStillLoads() {
    String old =
        """
        {"WindowExecutions": [{"WindowId": "mw-0123456789abcdef0",
                               "WindowExecutionId": "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
                               "Status": "SUCCESS"}],
         "WindowExecutionTasks": []}
        """;
    SeedDocument seed = SeedReader.parse(old.getBytes(StandardCharsets.UTF_8), "old");
    assertEquals(List.of(), seed.windows());
    Store store = new InMemoryStore();
    try (SsmEmulator emulator = SsmEmulator.builder().store(store).seed(seed).build()) {
      assertEquals(1, store.table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION).size());
      assertEquals(0, store.table(MaintenanceWindowTables.WINDOWS).size());
    }
  }
}
