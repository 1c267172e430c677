package io.shapeforge.samples.ssm.execution;

import io.shapeforge.runtime.validation.ValidationException;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowResult;
import io.shapeforge.samples.ssm.schedule.Schedule;
import io.shapeforge.samples.ssm.schedule.ScheduleContext;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads a stored window's schedule and settings into the schedule calculation. A window whose
 * settings the calculation refuses (which CreateMaintenanceWindow would have refused too) has no
 * runs, rather than stopping the scheduler.
 */
final class WindowSchedules {
  private WindowSchedules() {}

  static Optional<Schedule> scheduleOf(GetMaintenanceWindowResult window) {
    if (window.schedule() == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Schedule.parse(window.schedule()));
    } catch (ValidationException e) {
      return Optional.empty();
    }
  }

  /**
   * The window's settings, anchored where DescribeMaintenanceWindowSchedule and {@code
   * NextExecutionTime} anchor them (windows.WindowSchedules): at the last change of the window, its
   * {@code ModifiedDate}, or its {@code CreatedDate} when it has none. A rate expression counts
   * from that anchor, so an update restarts the count, as UpdateMaintenanceWindow documents for its
   * {@code StartDate}: "When using a rate schedule, if you provide a start date that occurs in the
   * past, the current date and time are used as the start date"
   * (https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_UpdateMaintenanceWindow.html).
   * Counting from the creation instead made the scheduler run an updated rate window at times its
   * own schedule listing never showed.
   */
  static Optional<ScheduleContext> contextOf(GetMaintenanceWindowResult window) {
    Instant anchor = window.modifiedDate() != null ? window.modifiedDate() : window.createdDate();
    if (window.duration() == null || window.cutoff() == null || anchor == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          ScheduleContext.builder(anchor, window.duration(), window.cutoff())
              .scheduleTimezone(window.scheduleTimezone())
              .scheduleOffset(window.scheduleOffset())
              .startDate(window.startDate())
              .endDate(window.endDate())
              .enabled(!Boolean.FALSE.equals(window.enabled()))
              .build());
    } catch (ValidationException e) {
      return Optional.empty();
    }
  }
}
