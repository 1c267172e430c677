package io.shapeforge.samples.ssm.schedule;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;

/**
 * {@code at(yyyy-mm-ddThh:mm:ss)}: one run, at a time AWS documents as UTC ("you can specify a
 * timestamp in Coordinated Universal Time (UTC) format so that it runs once at the specified time",
 * Reference: Cron and rate expressions; "runs just once, at 3:55 PM UTC time on July 7, 2020" for
 * {@code at(2020-07-07T15:55:00)}). {@code ScheduleTimezone} only changes how its execution time is
 * rendered.
 */
final class AtSchedule extends Schedule {
  private final Instant when;

  AtSchedule(String expression, Instant when) {
    super(expression);
    this.when = when;
  }

  Instant when() {
    return when;
  }

  @Override
  Iterator<Instant> startsAround(Instant floor, ScheduleContext context) {
    return List.of(when).iterator();
  }
}
