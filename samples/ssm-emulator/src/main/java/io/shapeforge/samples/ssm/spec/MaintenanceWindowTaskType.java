package io.shapeforge.samples.ssm.spec;

import io.shapeforge.spec.EnumShape;

/** The kind of task a maintenance window runs. */
@EnumShape
enum MaintenanceWindowTaskType {
  RUN_COMMAND,
  AUTOMATION,
  STEP_FUNCTIONS,
  LAMBDA
}
