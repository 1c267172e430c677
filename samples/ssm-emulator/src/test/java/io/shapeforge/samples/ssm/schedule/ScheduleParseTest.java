package io.shapeforge.samples.ssm.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.shapeforge.runtime.validation.ValidationException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@link Schedule#parse} accepts and refuses, and with which message.
 *
 * <p>Sources: Systems Manager User Guide, "Reference: Cron and rate expressions for Systems
 * Manager" (awsdocs/aws-systems-manager-user-guide,
 * doc_source/reference-cron-and-rate-expressions.md, and
 * docs.aws.amazon.com/systems-manager/latest/userguide/reference-cron-and-rate-expressions.html):
 * six required fields, an optional Seconds field first for maintenance windows, the value ranges
 * and wildcards per field, "If you specify a value in one of the fields, you must use a ? in the
 * other field", and the rate rule "rate(1 hours) and rate(5 hour) are not valid". No message text
 * that AWS gives for an invalid maintenance-window schedule could be found (CreateMaintenanceWindow
 * declares no schedule error, so it is a ValidationException); the texts asserted here are ours, in
 * AWS's style (see ScheduleMessages).
 */
class ScheduleParseTest {

  /** Every example of the AWS reference pages, all of which AWS accepts. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "cron(0 10 * * ? *)",
        "cron(15 12 * * ? *)",
        "cron(0 18 ? * MON-FRI *)",
        "cron(0 8 1 * ? *)",
        "cron(0/15 * * * ? *)",
        "cron(0/10 * ? * MON-FRI *)",
        "cron(0/5 8-17 ? * MON-FRI *)",
        "cron(30 09 ? * * *)",
        "cron(24 30 09 ? * * *)",
        "cron(0 2 ? * THU#3 *)",
        "cron(15 10 ? * * *)",
        "cron(15 10 ? * MON-FRI *)",
        "cron(0 2 L * ? *)",
        "cron(15 10 ? * 6L *)",
        "cron(30 23 ? * TUE#3 *)",
        "cron(0 30 23 ? * TUE#3 *)",
        "cron(0 16 ? * TUE *)",
        "cron(0 09 ? * WED *)",
        "cron(0 0 2 ? * SUN *)",
        "cron(0 */30 * * * ? *)",
      })
  void acceptsTheDocumentedCronExamples(String expression) {
    Schedule schedule = Schedule.parse(expression);
    assertInstanceOf(CronSchedule.class, schedule);
    assertEquals(expression, schedule.expression());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "cron(0 0 ? jan,Feb MON *)",
        "cron(0 0 ? * mon-fri *)",
        "cron(0 0 ? * fril *)",
        "cron(0 0 ? * sun#1 *)",
        "cron(0 0 lw * ? *)",
        "cron(0 0 15w * ? *)",
        "cron(0 0 l * ? *)",
        "cron(0 0 ? * l *)",
        "cron(0  0   * * ?  *)",
        "cron(0 22-2 * * ? *)",
        "cron(0 0 ? * FRI-MON *)",
        "cron(0 0 ? NOV-FEB/2 * *)",
        "cron(*/7 1-5,9,20-23/2 1,15,28-31 * ? 2027-2030,2199)",
      })
  void namesAreCaseInsensitiveAndRangesMayWrap(String expression) {
    assertInstanceOf(CronSchedule.class, Schedule.parse(expression));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "cron(0 10 * * * *)     | specify ? in the Day-of-month or the Day-of-week field: a value in both is not supported",
        "cron(0 10 1 * MON *)   | specify ? in the Day-of-month or the Day-of-week field: a value in both is not supported",
        "cron(0 10 ? * ? *)     | only one of the Day-of-month and Day-of-week fields can be ?",
        "cron(0 10 * *)         | a cron expression has 6 fields (Minutes Hours Day-of-month Month Day-of-week Year), or 7 with Seconds first, but this one has 4",
        "cron(0 0 10 * * ? * *) | a cron expression has 6 fields (Minutes Hours Day-of-month Month Day-of-week Year), or 7 with Seconds first, but this one has 8",
        "cron()                 | a cron expression has 6 fields (Minutes Hours Day-of-month Month Day-of-week Year), or 7 with Seconds first, but this one has 0",
        "cron(60 10 * * ? *)    | 60 is outside 0-59 in the Minutes field",
        "cron(60 0 10 * * ? *)  | 60 is outside 0-59 in the Seconds field",
        "cron(0 24 * * ? *)     | 24 is outside 0-23 in the Hours field",
        "cron(0 0 0 * ? *)      | 0 is outside 1-31 in the Day-of-month field",
        "cron(0 0 32 * ? *)     | 32 is outside 1-31 in the Day-of-month field",
        "cron(0 0 32W * ? *)    | 32 is outside 1-31 in the Day-of-month field",
        "cron(0 0 ? 13 MON *)   | 13 is outside 1-12 in the Month field",
        "cron(0 0 ? * 8 *)      | 8 is outside 1-7 in the Day-of-week field",
        "cron(0 0 ? * 0 *)      | 0 is outside 1-7 in the Day-of-week field",
        "cron(0 0 * * ? 1969)   | 1969 is outside 1970-2199 in the Year field",
        "cron(0 0 * * ? 2200)   | 2200 is outside 1970-2199 in the Year field",
        "cron(0 0 * * ? 99999999999) | 99999999999 is outside 1970-2199 in the Year field",
        "cron(0 0 ? * MON#6 *)  | the number after # must be 1-5 in the Day-of-week field",
        "cron(0 0 ? * MON#0 *)  | the number after # must be 1-5 in the Day-of-week field",
        "cron(0 0 ? * 2#1,6#3 *) | '2#1,6#3' cannot be combined with other values in the Day-of-week field",
        "cron(0 0 ? * MON,FRIL *) | 'MON,FRIL' cannot be combined with other values in the Day-of-week field",
        "cron(0 0 1W,15 * ? *)  | '1W' cannot be combined with other values in the Day-of-month field",
        "cron(0 0 1,15W * ? *)  | '1,15W' is not a valid Day-of-month value",
        "cron(0 0 1#2 * ? *)    | # is not allowed in the Day-of-month field",
        "cron(0 0 1,L * ? *)    | 'L' cannot be combined with other values in the Day-of-month field",
        "cron(0 0 W * ? *)      | 'W' is not a valid Day-of-month value",
        "cron(0 0 ? * 2W *)     | W is not allowed in the Day-of-week field",
        "cron(0 0 1-? * ? *)    | '1-?' cannot be combined with other values in the Day-of-month field",
        "cron(0/0 * * * ? *)    | the increment after / must be at least 1 in the Minutes field",
        "cron(0/x * * * ? *)    | '0/x' is not a valid Minutes value",
        "cron(1-2-3 * * * ? *)  | '2-3' is not a valid Minutes value",
        "cron(0 0 ? * FOO *)    | 'FOO' is not a valid Day-of-week value",
        "cron(0 0 ? JANUARY MON *) | 'JANUARY' is not a valid Month value",
        "cron(0 0 ? * MON, *)   | 'MON,' is not a valid Day-of-week value",
        "cron(0 ? * * ? *)      | ? is not allowed in the Hours field",
        "cron(MON 0 * * ? *)    | 'MON' is not a valid Minutes value",
        "cron(-1 0 * * ? *)     | '-1' is not a valid Minutes value",
        "cron(15 12 ? * -1 *)   | '-1' is not a valid Day-of-week value",
        "cron(0 10 * * ? *      | use cron(...), rate(...) or at(...)",
        "CRON(0 10 * * ? *)     | use cron(...), rate(...) or at(...)",
        "daily                  | use cron(...), rate(...) or at(...)",
        "rate(1 hours)          | use 'hour' with the value 1, not 'hours'",
        "rate(5 hour)           | use 'hours' with the value 5, not 'hour'",
        "rate(1 days)           | use 'day' with the value 1, not 'days'",
        "rate(30 minute)        | use 'minutes' with the value 30, not 'minute'",
        "rate(0 minutes)        | a rate expression is rate(value unit) with a positive whole value and minute(s), hour(s) or day(s)",
        "rate(-1 minutes)       | a rate expression is rate(value unit) with a positive whole value and minute(s), hour(s) or day(s)",
        "rate(1.5 hours)        | a rate expression is rate(value unit) with a positive whole value and minute(s), hour(s) or day(s)",
        "rate(2 weeks)          | a rate expression is rate(value unit) with a positive whole value and minute(s), hour(s) or day(s)",
        "rate(5)                | a rate expression is rate(value unit) with a positive whole value and minute(s), hour(s) or day(s)",
        "rate(5 Minutes)        | a rate expression is rate(value unit) with a positive whole value and minute(s), hour(s) or day(s)",
        "rate(9999999999 days)  | a rate expression is rate(value unit) with a positive whole value and minute(s), hour(s) or day(s)",
        "at(2020-07-07 15:55:00) | at(...) takes a date and time in UTC as yyyy-mm-ddThh:mm:ss",
        "at(2020-07-07T15:55)   | at(...) takes a date and time in UTC as yyyy-mm-ddThh:mm:ss",
        "at(2021-02-29T10:00:00) | at(...) takes a date and time in UTC as yyyy-mm-ddThh:mm:ss",
        "at(2020-07-07T15:55:00Z) | at(...) takes a date and time in UTC as yyyy-mm-ddThh:mm:ss",
      })
  void refusesWithAValidationExceptionThatQuotesTheExpression(String expression, String reason) {
    ValidationException error =
        assertThrows(ValidationException.class, () -> Schedule.parse(expression));
    assertEquals("ValidationException", error.errorCode());
    assertEquals(400, error.httpStatus());
    assertEquals(
        "Invalid schedule expression '"
            + expression
            + "': "
            + reason
            + ". Verify your cron, rate or at expression and try again.",
        error.getMessage());
  }

  @Test
  void theEmptyExpressionIsRefused() {
    ValidationException error = assertThrows(ValidationException.class, () -> Schedule.parse(""));
    assertEquals(
        "Invalid schedule expression '': use cron(...), rate(...) or at(...)."
            + " Verify your cron, rate or at expression and try again.",
        error.getMessage());
  }

  @ParameterizedTest
  @CsvSource({
    "rate(1 minute),   PT1M",
    "rate(30 minutes), PT30M",
    "rate(1 hour),     PT1H",
    "rate(5 hours),    PT5H",
    "rate(1 day),      PT24H",
    "rate(25 days),    PT600H",
    "rate(007 days),   PT168H",
  })
  void readsRateExpressions(String expression, Duration interval) {
    assertEquals(
        interval, assertInstanceOf(RateSchedule.class, Schedule.parse(expression)).interval());
  }

  /** "at(2020-07-07T15:55:00)": "runs just once, at 3:55 PM UTC time on July 7, 2020". */
  @Test
  void readsAtExpressionsAsUtc() {
    AtSchedule at = assertInstanceOf(AtSchedule.class, Schedule.parse("at(2020-07-07T15:55:00)"));
    assertEquals(Instant.parse("2020-07-07T15:55:00Z"), at.when());
    assertEquals(
        Instant.parse("2024-02-29T23:59:59Z"),
        assertInstanceOf(AtSchedule.class, Schedule.parse("at(2024-02-29T23:59:59)")).when());
  }
}
