package io.shapeforge.samples.ssm.execution;

import io.shapeforge.runtime.store.Store;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowResult;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowTaskResult;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowTarget;
import io.shapeforge.samples.ssm.imported.model.Target;
import io.shapeforge.samples.ssm.windows.MaintenanceWindowTables;
import java.time.Instant;

/**
 * Windows, targets and tasks put straight into the tables that the window operations own, for tests
 * of the scheduler and the execution operations that should not depend on the Create and Register
 * operations.
 */
public final class WindowFixtures {
  /** A Monday, midnight UTC: the manual clock's start in these tests. */
  public static final Instant MONDAY = Instant.parse("2027-01-04T00:00:00Z");

  /** Mondays at 02:00 UTC: the first run is {@code MONDAY} + 2 h. */
  public static final String WEEKLY = "cron(0 2 ? * MON *)";

  private WindowFixtures() {}

  /** An enabled window created at {@link #MONDAY}, with a 2-hour duration and a 1-hour cutoff. */
  public static GetMaintenanceWindowResult.Builder window(String windowId, String schedule) {
    return GetMaintenanceWindowResult.builder()
        .windowId(windowId)
        .name("patching")
        .schedule(schedule)
        .duration(2)
        .cutoff(1)
        .allowUnassociatedTargets(false)
        .enabled(true)
        .createdDate(MONDAY)
        .modifiedDate(MONDAY);
  }

  /** A registered target naming instances. */
  public static MaintenanceWindowTarget target(
      String windowId, String windowTargetId, String... instanceIds) {
    return MaintenanceWindowTarget.builder()
        .windowId(windowId)
        .windowTargetId(windowTargetId)
        .resourceType("INSTANCE")
        .targets(Target.builder().key("InstanceIds").values(instanceIds).build())
        .ownerInformation("owner of " + windowTargetId)
        .build();
  }

  /** A Run Command task on registered targets, with no concurrency or error limit to speak of. */
  public static GetMaintenanceWindowTaskResult.Builder task(
      String windowId, String windowTaskId, int priority, String... windowTargetIds) {
    return GetMaintenanceWindowTaskResult.builder()
        .windowId(windowId)
        .windowTaskId(windowTaskId)
        .targets(Target.builder().key("WindowTargetIds").values(windowTargetIds).build())
        .taskArn("AWS-RunShellScript")
        .taskType("RUN_COMMAND")
        .priority(priority)
        .maxConcurrency("10")
        .maxErrors("10");
  }

  /** Puts records into the window tables, as the Create and Register operations would. */
  public static void put(Store store, GetMaintenanceWindowResult window) {
    store.table(MaintenanceWindowTables.WINDOWS).put(window);
  }

  public static void put(Store store, MaintenanceWindowTarget target) {
    store.table(MaintenanceWindowTables.TARGETS).put(target);
  }

  public static void put(Store store, GetMaintenanceWindowTaskResult task) {
    store.table(MaintenanceWindowTables.TASKS).put(task);
  }
}
