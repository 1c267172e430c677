package io.shapeforge.samples.ssm.schedule;

/**
 * Reads the inside of {@code cron(...)}: six fields, Minutes Hours Day-of-month Month Day-of-week
 * Year, or seven with a Seconds field first (maintenance windows accept it, as the Systems Manager
 * reference's example {@code cron(24 30 09 ? * * *)} shows). Exactly one of Day-of-month and
 * Day-of-week must be {@code ?}.
 */
final class CronParser {
  private CronParser() {}

  static CronExpression parse(String fieldsText) {
    String[] fields = fieldsText.trim().isEmpty() ? new String[0] : fieldsText.trim().split("\\s+");
    if (fields.length != 6 && fields.length != 7) {
      throw new InvalidExpressionReason(ScheduleMessages.cronFieldCount(fields.length));
    }
    int at = fields.length - 6;
    ValueSet seconds = at == 1 ? plainField(CronFieldKind.SECONDS, fields[0]) : ValueSet.single(0);
    ValueSet minutes = plainField(CronFieldKind.MINUTES, fields[at]);
    ValueSet hours = plainField(CronFieldKind.HOURS, fields[at + 1]);
    DayOfMonthRule dayOfMonth = DayRuleParser.dayOfMonth(fields[at + 2]);
    ValueSet months = plainField(CronFieldKind.MONTH, fields[at + 3]);
    DayOfWeekRule dayOfWeek = DayRuleParser.dayOfWeek(fields[at + 4]);
    ValueSet years = plainField(CronFieldKind.YEAR, fields[at + 5]);

    boolean noDayOfMonth = dayOfMonth instanceof DayOfMonthRule.NoConstraint;
    boolean noDayOfWeek = dayOfWeek instanceof DayOfWeekRule.NoConstraint;
    if (noDayOfMonth && noDayOfWeek) {
      throw new InvalidExpressionReason(ScheduleMessages.BOTH_DAYS_QUESTION);
    }
    if (!noDayOfMonth && !noDayOfWeek) {
      throw new InvalidExpressionReason(ScheduleMessages.BOTH_DAYS_GIVEN);
    }
    return new CronExpression(seconds, minutes, hours, dayOfMonth, months, dayOfWeek, years);
  }

  /** The fields that take only {@code , - * /}: a {@code ?} or a letter rule is misplaced there. */
  private static ValueSet plainField(CronFieldKind field, String text) {
    if (text.contains("?")) {
      throw new InvalidExpressionReason(ScheduleMessages.notAllowedHere(field, "?"));
    }
    return CronFieldParser.parse(field, text);
  }
}
