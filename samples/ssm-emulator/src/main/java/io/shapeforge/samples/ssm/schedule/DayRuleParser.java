package io.shapeforge.samples.ssm.schedule;

import java.util.Locale;

/**
 * Reads the Day-of-month and Day-of-week fields, the two that take {@code ?} and the special
 * characters. As in Quartz, {@code L}, {@code LW}, {@code nW}, {@code nL} and {@code n#k} each
 * stand alone: they cannot be part of a list or a range (AWS's EventBridge reference says the same
 * of {@code #}: "3#1,6#3" is two expressions and invalid).
 */
final class DayRuleParser {
  private static final CronFieldKind DOM = CronFieldKind.DAY_OF_MONTH;
  private static final CronFieldKind DOW = CronFieldKind.DAY_OF_WEEK;

  private DayRuleParser() {}

  static DayOfMonthRule dayOfMonth(String text) {
    if (text.equals("?")) {
      return new DayOfMonthRule.NoConstraint();
    }
    if (text.equalsIgnoreCase("L")) {
      return new DayOfMonthRule.LastDay();
    }
    if (text.equalsIgnoreCase("LW")) {
      return new DayOfMonthRule.LastWeekday();
    }
    if (endsWithIgnoreCase(text, "W")) {
      String day = text.substring(0, text.length() - 1);
      if (!CronFieldParser.isNumber(day)) {
        throw new InvalidExpressionReason(ScheduleMessages.badValue(DOM, text));
      }
      return new DayOfMonthRule.NearestWeekday(CronFieldParser.value(DOM, day));
    }
    rejectSpecials(DOM, text, "#", "?LW");
    return new DayOfMonthRule.Days(CronFieldParser.parse(DOM, text));
  }

  static DayOfWeekRule dayOfWeek(String text) {
    if (text.equals("?")) {
      return new DayOfWeekRule.NoConstraint();
    }
    if (text.equalsIgnoreCase("L")) {
      // Alone, L is the last day of the week: Saturday, as in Quartz.
      return new DayOfWeekRule.Days(ValueSet.single(7));
    }
    int hash = text.indexOf('#');
    if (hash >= 0) {
      String day = text.substring(0, hash);
      String nth = text.substring(hash + 1);
      if (!isSingleDay(day) || !CronFieldParser.isNumber(nth)) {
        throw special(DOW, text);
      }
      int n = nth.length() > 1 ? 0 : Integer.parseInt(nth);
      if (n < 1 || n > 5) {
        throw new InvalidExpressionReason(ScheduleMessages.NTH_WEEKDAY_RANGE);
      }
      return new DayOfWeekRule.NthOfMonth(DayOfWeekRule.dayOf(CronFieldParser.value(DOW, day)), n);
    }
    if (endsWithIgnoreCase(text, "L")) {
      String day = text.substring(0, text.length() - 1);
      if (!isSingleDay(day)) {
        throw special(DOW, text);
      }
      return new DayOfWeekRule.LastOfMonth(DayOfWeekRule.dayOf(CronFieldParser.value(DOW, day)));
    }
    rejectSpecials(DOW, text, "W", "?L#");
    return new DayOfWeekRule.Days(CronFieldParser.parse(DOW, text));
  }

  /**
   * In a list or range, a character the field never takes is an error of its own; one that the
   * field takes only alone (such as {@code L}) is misplaced.
   */
  private static void rejectSpecials(
      CronFieldKind field, String text, String never, String onlyAlone) {
    for (String item : text.split(",", -1)) {
      String withoutNames = item.toUpperCase(Locale.ROOT).replaceAll("[A-Z]{3}", "");
      for (int i = 0; i < withoutNames.length(); i++) {
        char c = withoutNames.charAt(i);
        if (never.indexOf(c) >= 0) {
          throw new InvalidExpressionReason(
              ScheduleMessages.notAllowedHere(field, String.valueOf(c)));
        }
        if (onlyAlone.indexOf(c) >= 0) {
          throw special(field, item);
        }
      }
    }
  }

  /** One day of the week, as a number or a name: what {@code #} and {@code L} may follow. */
  private static boolean isSingleDay(String text) {
    return CronFieldParser.isNumber(text) || DOW.valueOfName(text) >= 0;
  }

  private static InvalidExpressionReason special(CronFieldKind field, String token) {
    return new InvalidExpressionReason(ScheduleMessages.standsAlone(field, token));
  }

  private static boolean endsWithIgnoreCase(String text, String suffix) {
    return text.regionMatches(true, text.length() - suffix.length(), suffix, 0, suffix.length());
  }
}
