package io.shapeforge.samples.ssm.emulator;

import io.shapeforge.runtime.validation.Violation;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowResult;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowTaskResult;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowTarget;
import io.shapeforge.samples.ssm.windows.WindowRecords;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The errors of a seed's {@code Windows}, {@code WindowTargets} and {@code WindowTasks}, each with
 * its JSON path: null elements, violations of the generated validators and of {@link RecordRules},
 * schedules CreateMaintenanceWindow would refuse, duplicate ids, and targets or tasks of a window
 * the document does not list.
 */
final class SeedWindowErrors {
  static final String WINDOWS = "Windows";
  static final String TARGETS = "WindowTargets";
  static final String TASKS = "WindowTasks";

  private SeedWindowErrors() {}

  static void addTo(
      SeedDocument document, BiConsumer<String, List<Violation>> report, List<String> errors) {
    Map<String, String> windowPaths = new HashMap<>();
    List<GetMaintenanceWindowResult> windows = document.windows();
    for (int i = 0; i < windows.size(); i++) {
      String path = SeedJsonPath.element(WINDOWS, i);
      GetMaintenanceWindowResult window = windows.get(i);
      if (window == null) {
        errors.add(path + ": a window must be an object, not null");
        continue;
      }
      List<Violation> violations = RecordRules.violationsOf(window);
      report.accept(path, violations);
      if (violations.isEmpty()) {
        WindowRecords.scheduleProblem(window)
            .ifPresent(problem -> errors.add(path + ".Schedule: " + problem));
      }
      unique(window.windowId(), path, ".WindowId", windowPaths, errors);
    }

    Map<String, String> targetPaths = new HashMap<>();
    List<MaintenanceWindowTarget> targets = document.windowTargets();
    for (int i = 0; i < targets.size(); i++) {
      String path = SeedJsonPath.element(TARGETS, i);
      MaintenanceWindowTarget target = targets.get(i);
      if (target == null) {
        errors.add(path + ": a window target must be an object, not null");
        continue;
      }
      report.accept(path, RecordRules.violationsOf(target));
      listedWindow(target.windowId(), path, windowPaths, errors);
      unique(target.windowTargetId(), path, ".WindowTargetId", targetPaths, errors);
    }

    Map<String, String> taskPaths = new HashMap<>();
    List<GetMaintenanceWindowTaskResult> tasks = document.windowTasks();
    for (int i = 0; i < tasks.size(); i++) {
      String path = SeedJsonPath.element(TASKS, i);
      GetMaintenanceWindowTaskResult task = tasks.get(i);
      if (task == null) {
        errors.add(path + ": a window task must be an object, not null");
        continue;
      }
      report.accept(path, RecordRules.violationsOf(task));
      listedWindow(task.windowId(), path, windowPaths, errors);
      unique(task.windowTaskId(), path, ".WindowTaskId", taskPaths, errors);
    }
  }

  private static void listedWindow(
      String windowId, String path, Map<String, String> windowPaths, List<String> errors) {
    if (windowId != null && !windowPaths.containsKey(windowId)) {
      errors.add(
          path + ".WindowId: maintenance window '" + windowId + "' is not listed in " + WINDOWS);
    }
  }

  private static void unique(
      String id, String path, String member, Map<String, String> paths, List<String> errors) {
    if (id != null) {
      String first = paths.putIfAbsent(id, path);
      if (first != null) {
        errors.add(path + member + ": duplicate id '" + id + "', first listed at " + first);
      }
    }
  }
}
