package io.shapeforge.samples.ssm.spec;

import io.shapeforge.spec.Identifier;
import io.shapeforge.spec.Length;
import io.shapeforge.spec.Pattern;
import io.shapeforge.spec.Structure;
import java.time.Instant;
import java.util.List;

/** Information about a task execution performed as part of a maintenance window execution. */
@Structure
interface MaintenanceWindowExecutionTaskIdentity {
  /** The ID of the maintenance window execution that ran the task. */
  @Identifier
  @Length(min = 36, max = 36)
  @Pattern(Patterns.EXECUTION_ID)
  String windowExecutionId();

  /** The ID of the specific task execution in the maintenance window execution. */
  @Identifier
  @Length(min = 36, max = 36)
  @Pattern(Patterns.EXECUTION_ID)
  String taskExecutionId();

  /** The status of the task execution. */
  MaintenanceWindowExecutionStatus status();

  /**
   * The details explaining the status of the task execution. Not available for all status values.
   */
  @Length(min = 0, max = 250)
  String statusDetails();

  /** The time the task execution started. */
  Instant startTime();

  /** The time the task execution finished. */
  Instant endTime();

  /** The Amazon Resource Name (ARN) of the task that ran. */
  @Length(min = 1, max = 1600)
  String taskArn();

  /** The type of task that ran. */
  MaintenanceWindowTaskType taskType();

  /** The details for the CloudWatch alarm applied to your maintenance window task. */
  AlarmConfiguration alarmConfiguration();

  /** The CloudWatch alarm that was invoked by the maintenance window task. */
  @Length(min = 1, max = 1)
  List<AlarmStateInformation> triggeredAlarms();
}
