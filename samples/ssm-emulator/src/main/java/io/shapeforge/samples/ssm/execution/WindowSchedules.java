package io.shapeforge.samples.ssm.execution;

import io.shapeforge.runtime.validation.ValidationException;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowResult;
import io.shapeforge.samples.ssm.schedule.Schedule;
import io.shapeforge.samples.ssm.schedule.ScheduleContext;
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

  static Optional<ScheduleContext> contextOf(GetMaintenanceWindowResult window) {
    if (window.duration() == null || window.cutoff() == null || window.createdDate() == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          ScheduleContext.builder(window.createdDate(), window.duration(), window.cutoff())
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
