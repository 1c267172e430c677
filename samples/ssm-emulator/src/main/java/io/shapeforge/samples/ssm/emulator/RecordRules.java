package io.shapeforge.samples.ssm.emulator;

import io.shapeforge.runtime.validation.Violation;
import io.shapeforge.runtime.validation.Violations;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowResult;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowResultValidator;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowTaskResult;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowTaskResultValidator;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecution;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionTaskIdentity;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionTaskIdentityValidator;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionValidator;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowTarget;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowTargetValidator;
import java.util.List;

/**
 * What a record must satisfy before the emulator stores it: every constraint of its generated
 * validator, plus the identifiers a stored record needs. AWS's model leaves a task identity's
 * {@code WindowExecutionId} and {@code TaskExecutionId}, and an execution's {@code
 * WindowExecutionId}, optional (it only ever sends them), but here they are the records' primary
 * keys.
 */
final class RecordRules {
  private RecordRules() {}

  static List<Violation> violationsOf(MaintenanceWindowExecution execution) {
    Violations violations = new Violations();
    violations.required("windowExecutionId", execution.windowExecutionId());
    MaintenanceWindowExecutionValidator.INSTANCE.validate(execution, violations);
    return violations.list();
  }

  static List<Violation> violationsOf(MaintenanceWindowExecutionTaskIdentity task) {
    Violations violations = new Violations();
    violations.required("windowExecutionId", task.windowExecutionId());
    violations.required("taskExecutionId", task.taskExecutionId());
    MaintenanceWindowExecutionTaskIdentityValidator.INSTANCE.validate(task, violations);
    return violations.list();
  }

  /** A window needs its id and what its schedule is computed from, besides its validator. */
  static List<Violation> violationsOf(GetMaintenanceWindowResult window) {
    Violations violations = new Violations();
    violations.required("windowId", window.windowId());
    violations.required("name", window.name());
    violations.required("schedule", window.schedule());
    violations.required("duration", window.duration());
    violations.required("cutoff", window.cutoff());
    GetMaintenanceWindowResultValidator.INSTANCE.validate(window, violations);
    return violations.list();
  }

  /** A target needs its window and its own id: they are its key. */
  static List<Violation> violationsOf(MaintenanceWindowTarget target) {
    Violations violations = new Violations();
    violations.required("windowId", target.windowId());
    violations.required("windowTargetId", target.windowTargetId());
    violations.required("resourceType", target.resourceTypeAsString());
    MaintenanceWindowTargetValidator.INSTANCE.validate(target, violations);
    return violations.list();
  }

  /** A task needs its key and what RegisterTaskWithMaintenanceWindow requires. */
  static List<Violation> violationsOf(GetMaintenanceWindowTaskResult task) {
    Violations violations = new Violations();
    violations.required("windowId", task.windowId());
    violations.required("windowTaskId", task.windowTaskId());
    violations.required("taskArn", task.taskArn());
    violations.required("taskType", task.taskTypeAsString());
    GetMaintenanceWindowTaskResultValidator.INSTANCE.validate(task, violations);
    return violations.list();
  }
}
