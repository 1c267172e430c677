package io.shapeforge.samples.ssm.schedule;

import java.time.Duration;
import java.time.Instant;

/**
 * Every message this package produces, in one place, so that tests and callers read one wording.
 *
 * <p>AWS publishes no message text for a bad maintenance-window schedule (CreateMaintenanceWindow
 * declares no schedule error, so a bad one is a {@code ValidationException}), and none could be
 * found quoted by users. These texts follow AWS's style instead: they quote the caller's value and
 * end with what to do, as SSM's own {@code InvalidSchedule} error does ("The schedule is invalid.
 * Verify your cron or rate expression and try again.").
 */
final class ScheduleMessages {
  private ScheduleMessages() {}

  static String invalidSchedule(String expression, String reason) {
    return "Invalid schedule expression '"
        + expression
        + "': "
        + reason
        + ". Verify your cron, rate or at expression and try again.";
  }

  static final String NOT_AN_EXPRESSION = "use cron(...), rate(...) or at(...)";

  static String cronFieldCount(int found) {
    return "a cron expression has 6 fields (Minutes Hours Day-of-month Month Day-of-week Year),"
        + " or 7 with Seconds first, but this one has "
        + found;
  }

  static String badValue(CronFieldKind field, String token) {
    return "'" + token + "' is not a valid " + field.label() + " value";
  }

  static String outOfRange(CronFieldKind field, Object value) {
    return value
        + " is outside "
        + field.min()
        + "-"
        + field.max()
        + " in the "
        + field.label()
        + " field";
  }

  static String zeroStep(CronFieldKind field) {
    return "the increment after / must be at least 1 in the " + field.label() + " field";
  }

  static String notAllowedHere(CronFieldKind field, String what) {
    return what + " is not allowed in the " + field.label() + " field";
  }

  static String standsAlone(CronFieldKind field, String token) {
    return "'"
        + token
        + "' cannot be combined with other values in the "
        + field.label()
        + " field";
  }

  static final String BOTH_DAYS_GIVEN =
      "specify ? in the Day-of-month or the Day-of-week field: a value in both is not supported";

  static final String BOTH_DAYS_QUESTION =
      "only one of the Day-of-month and Day-of-week fields can be ?";

  static final String NTH_WEEKDAY_RANGE = "the number after # must be 1-5 in the Day-of-week field";

  static final String RATE_FORM =
      "a rate expression is rate(value unit) with a positive whole value and minute(s), hour(s) or day(s)";

  static String rateUnitNumber(long value, String unit) {
    String singular = unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
    return value == 1
        ? "use '" + singular + "' with the value 1, not '" + unit + "'"
        : "use '" + singular + "s' with the value " + value + ", not '" + unit + "'";
  }

  static final String AT_FORM = "at(...) takes a date and time in UTC as yyyy-mm-ddThh:mm:ss";

  static final String OFFSET_NEEDS_CRON =
      "ScheduleOffset is supported for cron expressions only. Remove ScheduleOffset or use a cron expression.";

  static String memberRange(String member, int value, int min, int max) {
    String bound = value < min ? "greater than or equal to " + min : "less than or equal to " + max;
    return "1 validation error detected: Value '"
        + value
        + "' at '"
        + member
        + "' failed to satisfy constraint: Member must have value "
        + bound;
  }

  static String badTimezone(String zone) {
    return "Invalid ScheduleTimezone '"
        + zone
        + "': use a time zone name of the IANA database, such as America/Los_Angeles, UTC or Asia/Seoul.";
  }

  static String badDate(String member, String value) {
    return "Invalid "
        + member
        + " '"
        + value
        + "': use ISO-8601 extended format, such as 2021-04-07T14:29:00-08:00.";
  }

  static final String END_NOT_AFTER_START = "EndDate must be later than StartDate.";

  static String clockBackwards(Instant target, Instant now) {
    return "The manual clock only moves forward: " + target + " is before its current time " + now;
  }

  static String negativeAdvance(Duration amount) {
    return "The manual clock only moves forward: cannot advance by " + amount;
  }

  static String clockOption(String value) {
    return "--clock takes 'real' or 'manual@<ISO-8601 instant>', such as manual@2027-01-04T00:00:00Z, not '"
        + value
        + "'";
  }
}
