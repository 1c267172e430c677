package io.shapeforge.samples.ssm.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * {@code cron(...)}: runs at the matching date-times of the window's {@code ScheduleTimezone},
 * {@code ScheduleOffset} days later when one is set.
 *
 * <p>Across a daylight-saving change it behaves as AWS documents for EventBridge Scheduler, AWS's
 * scheduler with time zones (re:Post "How can I adjust my Amazon EventBridge schedule for daylight
 * saving?"): a local time that does not exist (the hour skipped in spring) has no run, and a local
 * time that happens twice (the hour repeated in autumn) runs once, the first time. Systems Manager
 * documents nothing of its own on this.
 *
 * <p>With an offset, AWS adds whole days to the match ("won't run until 11:30 PM two days later"),
 * so a run is at local time {@code t} when the expression matches {@code t} minus the offset; and a
 * match before the window existed does not count even if its offset day is still to come ("if you
 * specify a cron expression for a maintenance window to run yesterday and add a schedule offset of
 * two days, the maintenance window won't run tomorrow", Reference: Cron and rate expressions).
 */
final class CronSchedule extends Schedule {
  private final CronExpression cron;

  CronSchedule(String expression, CronExpression cron) {
    super(expression);
    this.cron = cron;
  }

  /**
   * Past the last year a cron expression can name (2199), its offset (up to 6 days) and any zone:
   * nothing runs later, and java.time cannot hold every instant as a local date-time.
   */
  private static final Instant BEYOND_LAST_YEAR = Instant.parse("2200-01-08T00:00:00Z");

  @Override
  Iterator<Instant> startsAround(Instant floor, ScheduleContext context) {
    if (floor.isAfter(BEYOND_LAST_YEAR)) {
      return Collections.emptyIterator();
    }
    ZoneId zone = context.zone();
    int offsetDays = context.scheduleOffset().orElse(0);
    // A day of slack covers the repeated autumn hour, whose local times map before the floor.
    LocalDateTime firstMatch = LocalDateTime.ofInstant(floor, zone).minusDays(offsetDays + 1L);
    Iterator<LocalDateTime> matches = cron.matchesFrom(firstMatch);
    return new Iterator<>() {
      private Instant next = advance();

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
        next = advance();
        return current;
      }

      private Instant advance() {
        while (matches.hasNext()) {
          LocalDateTime match = matches.next();
          if (!ZonedDateTime.ofLocal(match, zone, null).toInstant().isAfter(context.createdAt())) {
            continue;
          }
          LocalDateTime run = match.plusDays(offsetDays);
          if (zone.getRules().getValidOffsets(run).isEmpty()) {
            continue;
          }
          // For a repeated local time, ofLocal picks the earlier offset: the first occurrence.
          return ZonedDateTime.ofLocal(run, zone, null).toInstant();
        }
        return null;
      }
    };
  }
}
