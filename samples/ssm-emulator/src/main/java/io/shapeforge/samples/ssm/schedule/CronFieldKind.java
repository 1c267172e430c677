package io.shapeforge.samples.ssm.schedule;

import java.util.List;
import java.util.Locale;

/**
 * The fields of an AWS cron expression with the values AWS documents for each (Reference: Cron and
 * rate expressions for Systems Manager): Minutes 0-59, Hours 0-23, Day-of-month 1-31, Month 1-12 or
 * JAN-DEC, Day-of-week 1-7 or SUN-SAT (1 is Sunday), Year 1970-2199, and the optional leading
 * Seconds field that maintenance windows accept.
 */
enum CronFieldKind {
  SECONDS("Seconds", 0, 59, List.of()),
  MINUTES("Minutes", 0, 59, List.of()),
  HOURS("Hours", 0, 23, List.of()),
  DAY_OF_MONTH("Day-of-month", 1, 31, List.of()),
  MONTH(
      "Month",
      1,
      12,
      List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")),
  DAY_OF_WEEK("Day-of-week", 1, 7, List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT")),
  YEAR("Year", 1970, 2199, List.of());

  private final String label;
  private final int min;
  private final int max;
  private final List<String> names;

  CronFieldKind(String label, int min, int max, List<String> names) {
    this.label = label;
    this.min = min;
    this.max = max;
    this.names = names;
  }

  String label() {
    return label;
  }

  int min() {
    return min;
  }

  int max() {
    return max;
  }

  /** The value a three-letter name stands for (case does not matter), or -1 if it names none. */
  int valueOfName(String name) {
    int index = names.indexOf(name.toUpperCase(Locale.ROOT));
    return index < 0 ? -1 : min + index;
  }
}
