package io.shapeforge.samples.ssm.windows;

import io.shapeforge.runtime.validation.ValidationException;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowResult;
import io.shapeforge.samples.ssm.schedule.Schedule;
import io.shapeforge.samples.ssm.schedule.ScheduleContext;
import io.shapeforge.samples.ssm.schedule.ScheduledRun;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * A stored window's schedule, through the same calculation the scheduler runs windows by: the
 * checks Create and Update make, {@code NextExecutionTime}, and the coming runs.
 */
final class WindowSchedules {
  private WindowSchedules() {}

  /**
   * Checks a window's schedule settings as Create and Update accept them: the expression, the zone,
   * the offset (cron only), the dates, and a cutoff below the duration.
   *
   * @throws ValidationException naming the first bad setting
   */
  static void check(GetMaintenanceWindowResult window) {
    if (window.cutoff() >= window.duration()) {
      throw new ValidationException(WindowMessages.CUTOFF_NOT_BELOW_DURATION);
    }
    Schedule.parse(window.schedule()).checkUsableWith(context(window));
  }

  /** The runs that start after {@code now}, in order; none for a disabled window. */
  static Stream<ScheduledRun> runsAfter(GetMaintenanceWindowResult window, Instant now) {
    return Schedule.parse(window.schedule()).runsAfter(now, context(window));
  }

  /** The window's {@code NextExecutionTime} as AWS renders it, or {@code null} when none comes. */
  static String nextExecutionTime(GetMaintenanceWindowResult window, Instant now) {
    return runsAfter(window, now).findFirst().map(ScheduledRun::executionTime).orElse(null);
  }

  /**
   * The window's settings. A rate expression counts from the last change of the window, which is
   * its {@code ModifiedDate} (its {@code CreatedDate} until it is updated). A record without either
   * (a seed being checked, before loading dates it) is checked from the epoch: the checks do not
   * depend on the anchor.
   */
  private static ScheduleContext context(GetMaintenanceWindowResult window) {
    Instant anchor =
        window.modifiedDate() != null
            ? window.modifiedDate()
            : window.createdDate() != null ? window.createdDate() : Instant.EPOCH;
    return ScheduleContext.builder(anchor, window.duration(), window.cutoff())
        .scheduleTimezone(window.scheduleTimezone())
        .scheduleOffset(window.scheduleOffset())
        .startDate(window.startDate())
        .endDate(window.endDate())
        .enabled(!Boolean.FALSE.equals(window.enabled()))
        .build();
  }
}
