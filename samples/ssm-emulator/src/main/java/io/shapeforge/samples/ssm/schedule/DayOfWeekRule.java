package io.shapeforge.samples.ssm.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** What the Day-of-week field of a cron expression allows; cron numbers days 1 (SUN) to 7 (SAT). */
sealed interface DayOfWeekRule {
  boolean matches(LocalDate date);

  /** The cron number of a day: Sunday is 1, Saturday 7. */
  static int cronNumber(DayOfWeek day) {
    return day.getValue() % 7 + 1;
  }

  /** The day a cron number stands for. */
  static DayOfWeek dayOf(int cronNumber) {
    return DayOfWeek.of((cronNumber + 5) % 7 + 1);
  }

  /** {@code ?}: this field says nothing; the Day-of-month field decides. */
  record NoConstraint() implements DayOfWeekRule {
    @Override
    public boolean matches(LocalDate date) {
      return true;
    }
  }

  /** {@code *}, days, ranges and increments, such as {@code MON-FRI} or {@code 2/2}. */
  record Days(ValueSet days) implements DayOfWeekRule {
    @Override
    public boolean matches(LocalDate date) {
      return days.contains(cronNumber(date.getDayOfWeek()));
    }
  }

  /** {@code 6L} or {@code FRIL}: the last such day of the month. */
  record LastOfMonth(DayOfWeek day) implements DayOfWeekRule {
    @Override
    public boolean matches(LocalDate date) {
      return date.getDayOfWeek() == day && date.getDayOfMonth() + 7 > date.lengthOfMonth();
    }
  }

  /** {@code TUE#3}: the n-th such day of the month; a month without a fifth one has no match. */
  record NthOfMonth(DayOfWeek day, int n) implements DayOfWeekRule {
    @Override
    public boolean matches(LocalDate date) {
      return date.getDayOfWeek() == day && (date.getDayOfMonth() - 1) / 7 + 1 == n;
    }
  }
}
