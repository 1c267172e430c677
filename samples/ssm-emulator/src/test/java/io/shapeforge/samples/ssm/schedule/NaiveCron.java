package io.shapeforge.samples.ssm.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A cron expression built from parts that know their own meaning, and a naive reference that finds
 * its runs by testing every minute. It shares no code with the parser or the calculator: it renders
 * the expression as text for them, and answers from its parts itself.
 */
final class NaiveCron {
  private static final List<String> MONTHS =
      List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
  private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

  /**
   * One item of a list: {@code *}, {@code *}{@code /s}, {@code a}, {@code a-b}, {@code a-b/s},
   * {@code a/s}.
   */
  record Item(Kind kind, int a, int b, int step, boolean named) {
    enum Kind {
      STAR,
      SINGLE,
      RANGE,
      START_STEP
    }

    boolean matches(Field field, int v) {
      int size = field.max - field.min + 1;
      return switch (kind) {
        case STAR -> (v - field.min) % step == 0;
        case SINGLE -> v == a;
        case RANGE -> {
          int offset = Math.floorMod(v - a, size);
          yield offset <= Math.floorMod(b - a, size) && offset % step == 0;
        }
        case START_STEP -> v >= a && (v - a) % step == 0;
      };
    }

    String render(Field field) {
      String stepText = step == 1 ? "" : "/" + step;
      return switch (kind) {
        case STAR -> "*" + stepText;
        case SINGLE -> field.name(a, named);
        case RANGE -> field.name(a, named) + "-" + field.name(b, named) + stepText;
        case START_STEP -> field.name(a, named) + "/" + step;
      };
    }
  }

  /** A plain field's range and names. */
  enum Field {
    MINUTES(0, 59, List.of()),
    HOURS(0, 23, List.of()),
    DAY_OF_MONTH(1, 31, List.of()),
    MONTH(1, 12, MONTHS),
    DAY_OF_WEEK(1, 7, DAYS),
    YEAR(1970, 2199, List.of());

    final int min;
    final int max;
    final List<String> names;

    Field(int min, int max, List<String> names) {
      this.min = min;
      this.max = max;
      this.names = names;
    }

    String name(int value, boolean named) {
      if (!named || names.isEmpty()) {
        return Integer.toString(value);
      }
      String name = names.get(value - min);
      // Alternate case: AWS's names are read without regard to case.
      return value % 2 == 0 ? name : name.toLowerCase(Locale.ROOT);
    }
  }

  record Plain(Field field, List<Item> items) {
    boolean matches(int v) {
      return items.stream().anyMatch(item -> item.matches(field, v));
    }

    String render() {
      return items.stream().map(item -> item.render(field)).collect(Collectors.joining(","));
    }
  }

  /** What a day field holds: {@code ?}, a plain list, or one of the special forms. */
  sealed interface DayPart {
    boolean matches(LocalDate date);

    String render();
  }

  record Question() implements DayPart {
    public boolean matches(LocalDate date) {
      return true;
    }

    public String render() {
      return "?";
    }
  }

  record DaysOfMonth(Plain days) implements DayPart {
    public boolean matches(LocalDate date) {
      return days.matches(date.getDayOfMonth());
    }

    public String render() {
      return days.render();
    }
  }

  record DaysOfWeek(Plain days) implements DayPart {
    public boolean matches(LocalDate date) {
      return days.matches(date.getDayOfWeek().getValue() % 7 + 1);
    }

    public String render() {
      return days.render();
    }
  }

  /** {@code L} in Day-of-month. */
  record LastDayOfMonth() implements DayPart {
    public boolean matches(LocalDate date) {
      return date.plusDays(1).getMonth() != date.getMonth();
    }

    public String render() {
      return "L";
    }
  }

  /** {@code LW}: no weekday of the month comes after it. */
  record LastWeekdayOfMonth() implements DayPart {
    public boolean matches(LocalDate date) {
      if (!weekday(date)) {
        return false;
      }
      for (LocalDate later = date.plusDays(1);
          later.getMonth() == date.getMonth();
          later = later.plusDays(1)) {
        if (weekday(later)) {
          return false;
        }
      }
      return true;
    }

    public String render() {
      return "LW";
    }
  }

  /** {@code nW}: the weekday of the month closest to day n (none if the month has no day n). */
  record NearestWeekday(int day) implements DayPart {
    public boolean matches(LocalDate date) {
      if (day > date.lengthOfMonth() || !weekday(date)) {
        return false;
      }
      int distance = Math.abs(date.getDayOfMonth() - day);
      for (int other = 1; other <= date.lengthOfMonth(); other++) {
        if (weekday(date.withDayOfMonth(other)) && Math.abs(other - day) < distance) {
          return false;
        }
      }
      return true;
    }

    public String render() {
      return day + "W";
    }
  }

  /** {@code L} alone in Day-of-week: Saturday. */
  record Saturday() implements DayPart {
    public boolean matches(LocalDate date) {
      return date.getDayOfWeek() == DayOfWeek.SATURDAY;
    }

    public String render() {
      return "L";
    }
  }

  /** {@code dL}: this weekday, and none of its kind later in the month. */
  record LastOfKind(int cronDay, boolean named) implements DayPart {
    public boolean matches(LocalDate date) {
      return date.getDayOfWeek().getValue() % 7 + 1 == cronDay
          && date.plusWeeks(1).getMonth() != date.getMonth();
    }

    public String render() {
      return Field.DAY_OF_WEEK.name(cronDay, named) + "L";
    }
  }

  /** {@code d#k}: the k-th day of this kind, counting from the 1st. */
  record NthOfKind(int cronDay, int nth, boolean named) implements DayPart {
    public boolean matches(LocalDate date) {
      if (date.getDayOfWeek().getValue() % 7 + 1 != cronDay) {
        return false;
      }
      int count = 0;
      for (int day = 1; day <= date.getDayOfMonth(); day++) {
        if (date.withDayOfMonth(day).getDayOfWeek() == date.getDayOfWeek()) {
          count++;
        }
      }
      return count == nth;
    }

    public String render() {
      return Field.DAY_OF_WEEK.name(cronDay, named) + "#" + nth;
    }
  }

  private static boolean weekday(LocalDate date) {
    return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /** A whole expression. */
  record Spec(
      Plain minutes,
      Plain hours,
      DayPart dayOfMonth,
      Plain months,
      DayPart dayOfWeek,
      Plain years) {
    String expression() {
      return "cron("
          + String.join(
              " ",
              minutes.render(),
              hours.render(),
              dayOfMonth.render(),
              months.render(),
              dayOfWeek.render(),
              years.render())
          + ")";
    }

    boolean dateMatches(LocalDate date) {
      return years.matches(date.getYear())
          && months.matches(date.getMonthValue())
          && dayOfMonth.matches(date)
          && dayOfWeek.matches(date);
    }

    boolean timeMatches(LocalDateTime time) {
      return hours.matches(time.getHour()) && minutes.matches(time.getMinute());
    }
  }

  /**
   * The runs of {@code spec} strictly after {@code from} and before {@code until}, at most {@code
   * count}, found by looking at every minute of every day whose (offset-shifted) date matches. A
   * minute runs when its local time matches, it is the first time that local time happens (the
   * later pass of a repeated hour does not run; a skipped local time never shows up as a minute at
   * all), and the match it comes from is after the window's creation.
   */
  static List<Instant> runs(
      Spec spec,
      ZoneId zone,
      int offsetDays,
      Instant createdAt,
      Instant from,
      Instant until,
      int count) {
    ZoneRules rules = zone.getRules();
    List<Instant> runs = new ArrayList<>();
    Instant minute = from.truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
    while (minute.isBefore(until) && runs.size() < count) {
      LocalDateTime local = LocalDateTime.ofInstant(minute, zone);
      LocalDateTime match = local.minusDays(offsetDays);
      if (!spec.dateMatches(match.toLocalDate())) {
        minute = local.toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
        continue;
      }
      ZoneOffsetTransition transition = rules.getTransition(local);
      boolean firstPass =
          transition == null
              || !transition.isOverlap()
              || rules.getOffset(minute).equals(transition.getOffsetBefore());
      if (spec.timeMatches(local)
          && firstPass
          && ZonedDateTime.of(match, zone).toInstant().isAfter(createdAt)
          && minute.isAfter(createdAt)) {
        runs.add(minute);
      }
      minute = minute.plus(1, ChronoUnit.MINUTES);
    }
    return runs;
  }
}
