package io.shapeforge.samples.ssm.emulator;

import io.shapeforge.runtime.validation.Violation;
import io.shapeforge.runtime.validation.Violations;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecution;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionTaskIdentity;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionTaskIdentityValidator;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionValidator;
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
}
