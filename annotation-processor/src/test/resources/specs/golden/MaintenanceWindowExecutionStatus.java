package fixture.ssm.spec;

import io.shapeforge.spec.EnumShape;
import io.shapeforge.spec.EnumValue;

/** The status of a task execution. */
@EnumShape
enum MaintenanceWindowExecutionStatus {
  PENDING,
  IN_PROGRESS,
  /** Finished well. */
  SUCCESS,
  FAILED,
  @EnumValue("SKIPPED_OVERLAPPING")
  SKIPPED
}
