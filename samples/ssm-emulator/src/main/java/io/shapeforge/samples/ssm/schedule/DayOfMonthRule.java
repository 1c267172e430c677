package io.shapeforge.samples.ssm.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** What the Day-of-month field of a cron expression allows. */
sealed interface DayOfMonthRule {
  boolean matches(LocalDate date);

  /** {@code ?}: this field says nothing; the Day-of-week field decides. */
  record NoConstraint() implements DayOfMonthRule {
    @Override
    public boolean matches(LocalDate date) {
      return true;
    }
  }

  /** {@code *}, values, ranges and increments. A day the month does not have never matches. */
  record Days(ValueSet days) implements DayOfMonthRule {
    @Override
    public boolean matches(LocalDate date) {
      return days.contains(date.getDayOfMonth());
    }
  }

  /** {@code L}: the last day of the month. */
  record LastDay() implements DayOfMonthRule {
    @Override
    public boolean matches(LocalDate date) {
      return date.getDayOfMonth() == date.lengthOfMonth();
    }
  }

  /** {@code LW}: the last weekday (Monday to Friday) of the month. */
  record LastWeekday() implements DayOfMonthRule {
    @Override
    public boolean matches(LocalDate date) {
      LocalDate last = date.withDayOfMonth(date.lengthOfMonth());
      return date.equals(weekdayNearest(last));
    }
  }

  /**
   * {@code nW}: the weekday nearest to day n, never leaving the month: a Saturday moves to the
   * Friday before (or the Monday after, if that Friday is in the previous month), a Sunday to the
   * Monday after (or the Friday before, at the end of the month). A month without day n has no
   * match, as in Quartz.
   */
  record NearestWeekday(int day) implements DayOfMonthRule {
    @Override
    public boolean matches(LocalDate date) {
      return day <= date.lengthOfMonth() && date.equals(weekdayNearest(date.withDayOfMonth(day)));
    }
  }

  private static LocalDate weekdayNearest(LocalDate day) {
    DayOfWeek dayOfWeek = day.getDayOfWeek();
    if (dayOfWeek == DayOfWeek.SATURDAY) {
      return day.getDayOfMonth() == 1 ? day.plusDays(2) : day.minusDays(1);
    }
    if (dayOfWeek == DayOfWeek.SUNDAY) {
      return day.getDayOfMonth() == day.lengthOfMonth() ? day.minusDays(2) : day.plusDays(1);
    }
    return day;
  }
}
