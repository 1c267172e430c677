package io.shapeforge.samples.ssm.spec;

import io.shapeforge.spec.EnumShape;

/** The status of a maintenance window execution or of one of its task executions. */
@EnumShape
enum MaintenanceWindowExecutionStatus {
  PENDING,
  IN_PROGRESS,
  SUCCESS,
  FAILED,
  TIMED_OUT,
  CANCELLING,
  CANCELLED,
  SKIPPED_OVERLAPPING
}
