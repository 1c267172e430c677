package io.shapeforge.samples.ssm.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * {@code rate(N unit)}: runs every N minutes, hours or days, counted from the window's creation, or
 * from its {@code StartDate} when that is later ("When using a rate schedule, if you provide a
 * start date that occurs in the past, the current date and time are used as the start date",
 * CreateMaintenanceWindow). AWS's rate windows show it: their {@code NextExecutionTime} keeps the
 * creation's milliseconds, as in {@code 2020-02-12T23:19:20.596Z}.
 *
 * <p>The first run is one interval after that anchor. AWS's Example 2 (rate(7 days) from a start
 * date on a Tuesday runs on Tuesdays) fits this and does not say whether the start date itself
 * runs; EventBridge, whose rate syntax this is, first runs one interval after creation. A day is 24
 * hours whatever the time zone, as EventBridge Scheduler documents for its rate schedules.
 */
final class RateSchedule extends Schedule {
  /** Far beyond any year a cron expression can name; keeps instant arithmetic from overflowing. */
  private static final Instant HORIZON = Instant.parse("9999-12-31T23:59:59Z");

  private final Duration interval;

  RateSchedule(String expression, Duration interval) {
    super(expression);
    this.interval = interval;
  }

  Duration interval() {
    return interval;
  }

  @Override
  Iterator<Instant> startsAround(Instant floor, ScheduleContext context) {
    Instant anchor = context.earliestStart();
    long passed = floor.isAfter(anchor) ? Duration.between(anchor, floor).dividedBy(interval) : 0;
    if (passed >= Duration.between(anchor, HORIZON).dividedBy(interval)) {
      return Collections.emptyIterator();
    }
    return new Iterator<>() {
      private Instant next = anchor.plus(interval.multipliedBy(passed + 1));

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Instant next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        Instant current = next;
        next = current.isBefore(HORIZON.minus(interval)) ? current.plus(interval) : null;
        return current;
      }
    };
  }
}
