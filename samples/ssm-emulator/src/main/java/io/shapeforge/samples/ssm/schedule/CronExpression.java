package io.shapeforge.samples.ssm.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A parsed cron expression: which local date-times it matches. Time zones are not its concern;
 * {@link CronSchedule} places the matches in one.
 */
record CronExpression(
    ValueSet seconds,
    ValueSet minutes,
    ValueSet hours,
    DayOfMonthRule dayOfMonth,
    ValueSet months,
    DayOfWeekRule dayOfWeek,
    ValueSet years) {

  /** Every matching local date-time at or after {@code from}, in order, up to the end of 2199. */
  Iterator<LocalDateTime> matchesFrom(LocalDateTime from) {
    return new Matches(from);
  }

  /** Walks dates (skipping whole years and months that cannot match), then times within a date. */
  private final class Matches implements Iterator<LocalDateTime> {
    private LocalDate date;
    private LocalTime notBefore;
    private LocalDateTime next;

    Matches(LocalDateTime from) {
      LocalDateTime start = from.getNano() == 0 ? from : from.withNano(0).plusSeconds(1);
      this.date = start.toLocalDate();
      this.notBefore = start.toLocalTime();
      this.next = advance();
    }

    @Override
    public boolean hasNext() {
      return next != null;
    }

    @Override
    public LocalDateTime next() {
      if (next == null) {
        throw new NoSuchElementException();
      }
      LocalDateTime current = next;
      next = advance();
      return current;
    }

    private LocalDateTime advance() {
      while (date != null) {
        LocalDate matching = nextMatchingDate(date);
        if (matching == null) {
          date = null;
          return null;
        }
        if (!matching.equals(date)) {
          notBefore = LocalTime.MIDNIGHT;
        }
        LocalTime time = firstTimeAtOrAfter(notBefore);
        if (time != null) {
          LocalDateTime found = matching.atTime(time);
          date = found.plusSeconds(1).toLocalDate();
          notBefore = found.plusSeconds(1).toLocalTime();
          return found;
        }
        date = matching.plusDays(1);
        notBefore = LocalTime.MIDNIGHT;
      }
      return null;
    }

    private LocalDate nextMatchingDate(LocalDate from) {
      LocalDate day = from;
      while (true) {
        if (!years.contains(day.getYear())) {
          int year = years.next(day.getYear() + 1);
          if (year < 0) {
            return null;
          }
          day = LocalDate.of(year, 1, 1);
        } else if (!months.contains(day.getMonthValue())) {
          int month = months.next(day.getMonthValue() + 1);
          day =
              month < 0
                  ? LocalDate.of(day.getYear() + 1, 1, 1)
                  : LocalDate.of(day.getYear(), month, 1);
        } else if (dayOfMonth.matches(day) && dayOfWeek.matches(day)) {
          return day;
        } else {
          day = day.plusDays(1);
        }
      }
    }

    private LocalTime firstTimeAtOrAfter(LocalTime floor) {
      for (int hour = hours.next(floor.getHour()); hour >= 0; hour = hours.next(hour + 1)) {
        boolean floorHour = hour == floor.getHour();
        int minuteFrom = floorHour ? floor.getMinute() : 0;
        for (int minute = minutes.next(minuteFrom);
            minute >= 0;
            minute = minutes.next(minute + 1)) {
          int secondFrom = floorHour && minute == floor.getMinute() ? floor.getSecond() : 0;
          int second = seconds.next(secondFrom);
          if (second >= 0) {
            return LocalTime.of(hour, minute, second);
          }
        }
      }
      return null;
    }
  }
}
