package io.shapeforge.samples.ssm.execution;

import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowResult;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowTaskResult;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowTarget;
import io.shapeforge.samples.ssm.imported.model.Target;
import io.shapeforge.samples.ssm.schedule.ScheduledRun;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Turns a due run of a window into a new execution: its tasks in priority order, each with its
 * targets resolved as they are registered at that moment.
 *
 * <p>A task's {@code Targets} name registered targets ({@code Key=WindowTargetIds}) or instances
 * ({@code Key=InstanceIds}); a registered target contributes the instances it names ({@code
 * Key=InstanceIds}). Tag and resource-group targets resolve to no instance: the emulator has no
 * inventory to match them against. A task without targets (allowed for Automation, Lambda and Step
 * Functions tasks) runs once, on no target.
 */
final class RunPlanner {
  static final String WINDOW_TARGET_IDS = "WindowTargetIds";
  static final String INSTANCE_IDS = "InstanceIds";

  private RunPlanner() {}

  /** A new execution of {@code window} for {@code run}, IN_PROGRESS with no task started yet. */
  static WindowRun plan(
      GetMaintenanceWindowResult window,
      ScheduledRun run,
      List<GetMaintenanceWindowTaskResult> tasks,
      List<MaintenanceWindowTarget> targets,
      Supplier<String> ids) {
    Map<String, MaintenanceWindowTarget> registered =
        targets.stream()
            .collect(
                Collectors.toMap(
                    MaintenanceWindowTarget::windowTargetId, Function.identity(), (a, b) -> a));
    List<TaskRun> taskRuns = new ArrayList<>();
    tasks.stream()
        .sorted(
            Comparator.comparing(
                    (GetMaintenanceWindowTaskResult task) ->
                        task.priority() == null ? 1 : task.priority())
                .thenComparing(GetMaintenanceWindowTaskResult::windowTaskId))
        .forEach(
            task ->
                taskRuns.add(
                    new TaskRun(
                        ids.get(),
                        task,
                        resolve(task, registered),
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        false)));
    return new WindowRun(
        window.windowId(),
        run.start(),
        ids.get(),
        run.cutoffAt(),
        RunStatus.IN_PROGRESS,
        null,
        run.start(),
        null,
        false,
        run.start(),
        taskRuns);
  }

  /**
   * An execution that did not run because the window's previous execution was still running: AWS
   * lists it as SKIPPED_OVERLAPPING, started and ended at its scheduled start.
   */
  static WindowRun skipped(GetMaintenanceWindowResult window, ScheduledRun run, String id) {
    return new WindowRun(
        window.windowId(),
        run.start(),
        id,
        run.cutoffAt(),
        RunStatus.SKIPPED_OVERLAPPING,
        null,
        run.start(),
        run.start(),
        false,
        run.start(),
        List.of());
  }

  static List<RunTarget> resolve(
      GetMaintenanceWindowTaskResult task, Map<String, MaintenanceWindowTarget> registered) {
    if (task.targets() == null || task.targets().isEmpty()) {
      return List.of(new RunTarget(null, null, null));
    }
    Set<RunTarget> resolved = new LinkedHashSet<>();
    for (Target target : task.targets()) {
      List<String> values = target.values() == null ? List.of() : target.values();
      if (WINDOW_TARGET_IDS.equals(target.key())) {
        for (String windowTargetId : values) {
          MaintenanceWindowTarget windowTarget = registered.get(windowTargetId);
          if (windowTarget != null) {
            for (String instance : instancesOf(windowTarget.targets())) {
              resolved.add(
                  new RunTarget(windowTargetId, instance, windowTarget.ownerInformation()));
            }
          }
        }
      } else if (INSTANCE_IDS.equals(target.key())) {
        values.forEach(instance -> resolved.add(new RunTarget(null, instance, null)));
      }
    }
    return List.copyOf(resolved);
  }

  private static List<String> instancesOf(List<Target> targets) {
    List<String> instances = new ArrayList<>();
    if (targets != null) {
      for (Target target : targets) {
        if (INSTANCE_IDS.equals(target.key()) && target.values() != null) {
          instances.addAll(target.values());
        }
      }
    }
    return instances;
  }
}
