package io.shapeforge.samples.ssm.emulator;

import static io.shapeforge.samples.ssm.execution.WindowFixtures.MONDAY;
import static io.shapeforge.samples.ssm.execution.WindowFixtures.WEEKLY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapeforge.samples.ssm.schedule.ManualClock;
import io.shapeforge.samples.ssm.windows.WindowIdentifiers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.MaintenanceWindowResourceType;
import software.amazon.awssdk.services.ssm.model.MaintenanceWindowTaskType;
import software.amazon.awssdk.services.ssm.model.Target;

/**
 * {@link SsmEmulator.Builder#identifierSeed}: the same calls on the same clock mint the same ids,
 * through the operations and the scheduler alike, in the shapes the API's patterns require.
 */
class SeededIdentifiersTest {
  // The API's patterns for WindowId, and for the UUIDs it uses (WindowTargetId, WindowTaskId,
  // WindowExecutionId, TaskExecutionId, InvocationId); ours are version 4 like a random UUID.
  private static final Pattern WINDOW_ID = Pattern.compile("^mw-[0-9a-f]{17}$");
  private static final Pattern UUID_V4 =
      Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");

  @Test
  void oneSeedGivesOneSequenceOfWellFormedIdsPerKind() {
    WindowIdentifiers first = SeededIdentifiers.windows(42);
    WindowIdentifiers second = SeededIdentifiers.windows(42);
    List<String> windows = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String window = first.windows().mint();
      assertTrue(WINDOW_ID.matcher(window).matches(), window);
      assertEquals(window, second.windows().mint());
      windows.add(window);
      String target = first.targets().mint();
      assertTrue(UUID_V4.matcher(target).matches(), target);
      assertEquals(target, second.targets().mint());
      String task = first.tasks().mint();
      assertTrue(UUID_V4.matcher(task).matches(), task);
      assertEquals(task, second.tasks().mint());
      assertNotEquals(target, task, "targets and tasks have generators of their own");
    }
    assertEquals(50, windows.stream().distinct().count());
    Supplier<String> executions = SeededIdentifiers.executions(42);
    Supplier<String> again = SeededIdentifiers.executions(42);
    for (int i = 0; i < 50; i++) {
      String id = executions.get();
      assertTrue(UUID_V4.matcher(id).matches(), id);
      assertEquals(id, again.get());
    }
    assertNotEquals(
        SeededIdentifiers.windows(42).windows().mint(),
        SeededIdentifiers.windows(43).windows().mint());
  }

  @Test
  void twoEmulatorsWithOneSeedMintTheSameIdsAndAnUnseededOneDoesNot() {
    List<String> first = idsOfOneRun(emulatorBuilder().identifierSeed(7));
    List<String> second = idsOfOneRun(emulatorBuilder().identifierSeed(7));
    List<String> unseeded = idsOfOneRun(emulatorBuilder());

    // window, target, task, execution, task execution, invocation
    assertEquals(6, first.size(), () -> "ids: " + first);
    assertEquals(first, second);
    assertTrue(WINDOW_ID.matcher(first.get(0)).matches(), first.get(0));
    for (String id : first.subList(1, first.size())) {
      assertTrue(UUID_V4.matcher(id).matches(), id);
    }
    for (int i = 0; i < first.size(); i++) {
      assertNotEquals(first.get(i), unseeded.get(i), "random ids by default");
    }
  }

  private static SsmEmulator.Builder emulatorBuilder() {
    return SsmEmulator.builder().port(0).clock(ManualClock.startingAt(MONDAY));
  }

  /**
   * Creates a weekly window with one target and one task through the API, runs it once, and answers
   * every id minted on the way, in that order.
   */
  private static List<String> idsOfOneRun(SsmEmulator.Builder builder) {
    try (SsmEmulator emulator = builder.build().start();
        SsmClient ssm =
            SsmClient.builder()
                .endpointOverride(emulator.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(
                    StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build()) {
      String windowId =
          ssm.createMaintenanceWindow(
                  r ->
                      r.name("seeded")
                          .schedule(WEEKLY)
                          .duration(4)
                          .cutoff(1)
                          .allowUnassociatedTargets(false))
              .windowId();
      String targetId =
          ssm.registerTargetWithMaintenanceWindow(
                  r ->
                      r.windowId(windowId)
                          .resourceType(MaintenanceWindowResourceType.INSTANCE)
                          .targets(Target.builder().key("InstanceIds").values("i-0a").build()))
              .windowTargetId();
      String taskId =
          ssm.registerTaskWithMaintenanceWindow(
                  r ->
                      r.windowId(windowId)
                          .taskArn("AWS-RunPatchBaseline")
                          .taskType(MaintenanceWindowTaskType.RUN_COMMAND)
                          .priority(1)
                          .targets(Target.builder().key("WindowTargetIds").values(targetId).build())
                          .maxConcurrency("1")
                          .maxErrors("1"))
              .windowTaskId();
      emulator.advanceClock(Duration.ofHours(3));

      List<String> ids = new ArrayList<>(List.of(windowId, targetId, taskId));
      String executionId =
          ssm.describeMaintenanceWindowExecutions(r -> r.windowId(windowId))
              .windowExecutions()
              .get(0)
              .windowExecutionId();
      ids.add(executionId);
      String taskExecutionId =
          ssm.describeMaintenanceWindowExecutionTasks(r -> r.windowExecutionId(executionId))
              .windowExecutionTaskIdentities()
              .get(0)
              .taskExecutionId();
      ids.add(taskExecutionId);
      ids.add(
          ssm.describeMaintenanceWindowExecutionTaskInvocations(
                  r -> r.windowExecutionId(executionId).taskId(taskExecutionId))
              .windowExecutionTaskInvocationIdentities()
              .get(0)
              .invocationId());
      return ids;
    }
  }
}
