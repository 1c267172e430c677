package io.shapeforge.samples.ssm.schedule;

import io.shapeforge.runtime.validation.ValidationException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings of a maintenance window that decide when its schedule runs, besides the expression
 * itself: {@code ScheduleTimezone}, {@code ScheduleOffset}, {@code StartDate}, {@code EndDate},
 * {@code Enabled}, {@code Duration} and {@code Cutoff}, and the time the window was created (or its
 * schedule last changed), which anchors a rate expression.
 *
 * <p>The builder takes the values as the API does (strings for the zone and the dates) and rejects
 * bad ones with a {@code ValidationException}:
 *
 * <pre>{@code
 * ScheduleContext context = ScheduleContext.builder(createdAt, 4, 1)
 *     .scheduleTimezone("America/Los_Angeles")
 *     .startDate("2021-01-01T00:00:00-08:00")
 *     .build();
 * }</pre>
 *
 * @param zone the zone cron and at expressions are read in, and execution times rendered in; UTC
 *     when the window has no {@code ScheduleTimezone}
 * @param scheduleOffset days between a cron match and the run (1-6), or empty
 * @param startDate no run starts before it, or empty
 * @param endDate no run starts at or after it, or empty
 * @param enabled a disabled window has no runs
 * @param duration how long a run's window lasts
 * @param cutoff how long before the end of the window no new task starts
 * @param createdAt when the window was created or its schedule last changed: no cron match before
 *     it counts, and a rate expression counts from it (or from a later start date)
 */
public record ScheduleContext(
    ZoneId zone,
    Optional<Integer> scheduleOffset,
    Optional<Instant> startDate,
    Optional<Instant> endDate,
    boolean enabled,
    Duration duration,
    Duration cutoff,
    Instant createdAt) {

  public ScheduleContext {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(scheduleOffset, "scheduleOffset");
    Objects.requireNonNull(startDate, "startDate");
    Objects.requireNonNull(endDate, "endDate");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(cutoff, "cutoff");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /**
   * @param createdAt when the window was created or its schedule last changed
   * @param durationHours the window's {@code Duration}, 1-24
   * @param cutoffHours the window's {@code Cutoff}, 0-23
   */
  public static Builder builder(Instant createdAt, int durationHours, int cutoffHours) {
    return new Builder(createdAt, durationHours, cutoffHours);
  }

  /** The first instant at which runs may start, rate anchors aside. */
  Instant earliestStart() {
    return startDate.filter(start -> start.isAfter(createdAt)).orElse(createdAt);
  }

  /** Whether a run starting at {@code start} lies in the window's active period. */
  boolean activeAt(Instant start) {
    return startDate.map(s -> !start.isBefore(s)).orElse(true)
        && endDate.map(end -> start.isBefore(end)).orElse(true);
  }

  /** Whether no run can start at or after {@code start}, because the end date has passed. */
  boolean endedBy(Instant start) {
    return endDate.map(end -> !start.isBefore(end)).orElse(false);
  }

  ScheduledRun runAt(Instant start) {
    Instant end = start.plus(duration);
    return new ScheduledRun(start, end, end.minus(cutoff), zone);
  }

  /** Reads the window's settings the way the API receives them. */
  public static final class Builder {
    private static final DateTimeFormatter ISO_8601 = DateTimeFormatter.ISO_DATE_TIME;

    private final Instant createdAt;
    private final int durationHours;
    private final int cutoffHours;
    private ZoneId zone = ZoneOffset.UTC;
    private Integer scheduleOffset;
    private Instant startDate;
    private Instant endDate;
    private boolean enabled = true;

    private Builder(Instant createdAt, int durationHours, int cutoffHours) {
      this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
      this.durationHours = inRange("duration", durationHours, 1, 24);
      this.cutoffHours = inRange("cutoff", cutoffHours, 0, 23);
    }

    /** An IANA zone name such as {@code America/Los_Angeles}; {@code null} means UTC. */
    public Builder scheduleTimezone(String timezone) {
      if (timezone == null) {
        this.zone = ZoneOffset.UTC;
        return this;
      }
      try {
        this.zone = ZoneId.of(timezone);
      } catch (DateTimeException e) {
        throw new ValidationException(ScheduleMessages.badTimezone(timezone));
      }
      return this;
    }

    /** Days from a cron match to the run, 1-6; {@code null} for none. */
    public Builder scheduleOffset(Integer days) {
      this.scheduleOffset = days == null ? null : inRange("scheduleOffset", days, 1, 6);
      return this;
    }

    /** ISO-8601 extended, such as {@code 2021-04-07T14:29:00-08:00}; {@code null} for none. */
    public Builder startDate(String startDate) {
      this.startDate = startDate == null ? null : isoInstant("StartDate", startDate);
      return this;
    }

    /** ISO-8601 extended, such as {@code 2021-06-30T00:00:00-08:00}; {@code null} for none. */
    public Builder endDate(String endDate) {
      this.endDate = endDate == null ? null : isoInstant("EndDate", endDate);
      return this;
    }

    /** The window's {@code Enabled}; true unless set. */
    public Builder enabled(boolean enabled) {
      this.enabled = enabled;
      return this;
    }

    /**
     * @throws ValidationException if the end date is not after the start date
     */
    public ScheduleContext build() {
      if (startDate != null && endDate != null && !endDate.isAfter(startDate)) {
        throw new ValidationException(ScheduleMessages.END_NOT_AFTER_START);
      }
      return new ScheduleContext(
          zone,
          Optional.ofNullable(scheduleOffset),
          Optional.ofNullable(startDate),
          Optional.ofNullable(endDate),
          enabled,
          Duration.ofHours(durationHours),
          Duration.ofHours(cutoffHours),
          createdAt);
    }

    private static int inRange(String member, int value, int min, int max) {
      if (value < min || value > max) {
        throw new ValidationException(ScheduleMessages.memberRange(member, value, min, max));
      }
      return value;
    }

    /**
     * A date with an offset or {@code Z} is that instant; one without (such as {@code
     * 2021-04-07T14:29:00}) is read as UTC, because AWS says the start and end dates do not depend
     * on {@code ScheduleTimezone}.
     */
    private static Instant isoInstant(String member, String text) {
      try {
        TemporalAccessor parsed =
            ISO_8601.parseBest(text, ZonedDateTime::from, LocalDateTime::from);
        return parsed instanceof LocalDateTime local
            ? local.toInstant(ZoneOffset.UTC)
            : ZonedDateTime.from(parsed).toInstant();
      } catch (DateTimeParseException e) {
        throw new ValidationException(ScheduleMessages.badDate(member, text));
      }
    }
  }
}
