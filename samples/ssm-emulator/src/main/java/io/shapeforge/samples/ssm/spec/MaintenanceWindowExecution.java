package io.shapeforge.samples.ssm.spec;

import io.shapeforge.spec.Identifier;
import io.shapeforge.spec.Length;
import io.shapeforge.spec.Pattern;
import io.shapeforge.spec.Required;
import io.shapeforge.spec.Structure;
import java.time.Instant;

/**
 * Describes the information about an execution of a maintenance window. It is the parent that
 * DescribeMaintenanceWindowExecutionTasks is scoped to.
 */
@Structure
interface MaintenanceWindowExecution {
  /** The ID of the maintenance window. */
  @Length(min = 20, max = 20)
  @Pattern(Patterns.WINDOW_ID)
  String windowId();

  /** The ID of the maintenance window execution. */
  @Identifier
  @Required
  @Length(min = 36, max = 36)
  @Pattern(Patterns.EXECUTION_ID)
  String windowExecutionId();

  /** The status of the execution. */
  MaintenanceWindowExecutionStatus status();

  /** The details explaining the status. Not available for all status values. */
  @Length(min = 0, max = 250)
  String statusDetails();

  /** The time the execution started. */
  Instant startTime();

  /** The time the execution finished. */
  Instant endTime();
}
