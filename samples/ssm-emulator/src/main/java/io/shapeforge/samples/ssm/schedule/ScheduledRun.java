package io.shapeforge.samples.ssm.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One run of a maintenance window: when it starts, when its window ends ({@code Duration} hours
 * later) and the cutoff, {@code Cutoff} hours before the end, after which no new task starts. AWS's
 * example (CreateMaintenanceWindow): starting at 3 PM with a duration of 3 hours and a cutoff of 1,
 * no task starts after 5 PM.
 *
 * @param start when the run starts
 * @param end when the window closes
 * @param cutoffAt after this instant no new task starts
 * @param zone the window's {@code ScheduleTimezone}, for rendering
 */
public record ScheduledRun(Instant start, Instant end, Instant cutoffAt, ZoneId zone) {

  public ScheduledRun {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(cutoffAt, "cutoffAt");
    Objects.requireNonNull(zone, "zone");
  }

  /**
   * The start as {@code DescribeMaintenanceWindowSchedule} renders it in {@code ExecutionTime} (and
   * {@code DescribeMaintenanceWindows} in {@code NextExecutionTime}), such as {@code
   * 2019-02-03T02:00-08:00}.
   */
  public String executionTime() {
    return ExecutionTimeFormat.format(start, zone);
  }
}
