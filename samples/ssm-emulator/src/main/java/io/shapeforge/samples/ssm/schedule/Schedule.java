package io.shapeforge.samples.ssm.schedule;

import io.shapeforge.runtime.validation.ValidationException;
import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A maintenance window's {@code Schedule}: {@code cron(...)}, {@code rate(...)} or {@code at(...)},
 * and the calculation of its runs, shared by the scheduler and DescribeMaintenanceWindowSchedule.
 *
 * <pre>{@code
 * Schedule schedule = Schedule.parse("cron(30 23 ? * TUE#3 *)");
 * ScheduleContext context = ScheduleContext.builder(createdAt, 4, 1).scheduleOffset(2).build();
 * ScheduledRun next = schedule.runsAfter(now, context).findFirst().orElseThrow();
 * }</pre>
 *
 * <p>Every kind obeys the same window settings: a disabled window has no runs; no run starts before
 * {@code StartDate}, at or after {@code EndDate}, or at or before the window's creation.
 */
public abstract sealed class Schedule permits CronSchedule, RateSchedule, AtSchedule {
  private final String expression;

  Schedule(String expression) {
    this.expression = expression;
  }

  /**
   * Parses a schedule expression as CreateMaintenanceWindow accepts it.
   *
   * @throws ValidationException if it is not a valid cron, rate or at expression
   */
  public static Schedule parse(String expression) {
    return ScheduleParser.parse(expression);
  }

  /** The expression as the caller wrote it. */
  public String expression() {
    return expression;
  }

  /**
   * Checks the settings that depend on the kind of expression: {@code ScheduleOffset} is for cron
   * expressions only.
   *
   * @throws ValidationException if the settings do not fit this schedule
   */
  public void checkUsableWith(ScheduleContext context) {
    if (context.scheduleOffset().isPresent() && !(this instanceof CronSchedule)) {
      throw new ValidationException(ScheduleMessages.OFFSET_NEEDS_CRON);
    }
  }

  /**
   * The runs that start strictly after {@code from}, in order, computed lazily: the stream is
   * infinite for most schedules, so limit it ({@code limit}, {@code takeWhile}, {@code findFirst}).
   *
   * @throws ValidationException if the settings do not fit this schedule
   */
  public Stream<ScheduledRun> runsAfter(Instant from, ScheduleContext context) {
    checkUsableWith(context);
    if (!context.enabled()) {
      return Stream.empty();
    }
    Instant floor = from.isAfter(context.createdAt()) ? from : context.createdAt();
    Spliterator<Instant> starts =
        Spliterators.spliteratorUnknownSize(
            startsAround(floor, context), Spliterator.ORDERED | Spliterator.NONNULL);
    return StreamSupport.stream(starts, false)
        .filter(start -> start.isAfter(floor))
        .takeWhile(start -> !context.endedBy(start))
        .filter(context::activeAt)
        .map(context::runAt);
  }

  /** The first run that starts strictly after {@code from}, if there is one. */
  public Optional<ScheduledRun> nextRunAfter(Instant from, ScheduleContext context) {
    return runsAfter(from, context).findFirst();
  }

  /**
   * Candidate start instants in increasing order, from shortly before {@code floor} on (the caller
   * drops those at or before it); only the kind-specific rules apply here.
   */
  abstract Iterator<Instant> startsAround(Instant floor, ScheduleContext context);

  @Override
  public String toString() {
    return expression;
  }
}
