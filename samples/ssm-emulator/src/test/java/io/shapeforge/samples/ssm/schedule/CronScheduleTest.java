package io.shapeforge.samples.ssm.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The runs of cron expressions in UTC, one special character or field at a time. Meanings are those
 * of the Systems Manager reference (Reference: Cron and rate expressions for Systems Manager): "/"
 * increments ("1/10 specifies the first, 11th, 21st, and 31st minute"), "L" the last day of the
 * month or week, "W" the weekday nearest a day, "#" the n-th weekday ("THU#3: 02:00 AM the third
 * Thursday of every month"), "6L" ("10:15 AM on the last Friday of every month"). The expected
 * dates were worked out apart from this code, with Python's calendar module.
 */
class CronScheduleTest {

  @Test
  void everyDayAtTen() {
    assertEquals(
        List.of("2027-01-04T10:00Z", "2027-01-05T10:00Z", "2027-01-06T10:00Z"),
        Runs.after("cron(0 10 * * ? *)", "2027-01-04T00:00:00Z", 3));
  }

  @Test
  void runsStrictlyAfterTheGivenInstant() {
    assertEquals(
        List.of("2027-01-05T10:00Z"), Runs.after("cron(0 10 * * ? *)", "2027-01-04T10:00:00Z", 1));
    assertEquals(
        List.of("2027-01-04T10:00Z"),
        Runs.after("cron(0 10 * * ? *)", "2027-01-04T09:59:59.999Z", 1));
  }

  /** 2027-01-08 is a Friday: the next weekday runs are the following Monday and Tuesday. */
  @Test
  void dayRangeByName() {
    assertEquals(
        List.of("2027-01-11T18:00Z", "2027-01-12T18:00Z", "2027-01-13T18:00Z"),
        Runs.after("cron(0 18 ? * MON-FRI *)", "2027-01-08T18:00:00Z", 3));
  }

  @Test
  void incrementFromAStart() {
    assertEquals(
        List.of("2027-01-04T10:15Z", "2027-01-04T10:30Z", "2027-01-04T10:45Z", "2027-01-04T11:00Z"),
        Runs.after("cron(0/15 * * * ? *)", "2027-01-04T10:07:00Z", 4));
    assertEquals(
        List.of("2027-01-04T10:11Z", "2027-01-04T10:21Z", "2027-01-04T10:31Z"),
        Runs.after("cron(1/10 * * * ? *)", "2027-01-04T10:01:00Z", 3));
  }

  @Test
  void incrementsWithinRangesAndLists() {
    assertEquals(
        List.of(
            "2027-01-04T08:45Z",
            "2027-01-04T09:05Z",
            "2027-01-04T09:25Z",
            "2027-01-04T09:45Z",
            "2027-01-11T08:05Z"),
        Runs.after("cron(5/20 8-9 ? * MON *)", "2027-01-04T08:30:00Z", 5));
    assertEquals(
        List.of(
            "2027-01-04T01:00Z",
            "2027-01-04T04:00Z",
            "2027-01-04T07:00Z",
            "2027-01-04T10:00Z",
            "2027-01-04T20:00Z",
            "2027-01-05T01:00Z"),
        Runs.after("cron(0 1-10/3,20 * * ? *)", "2027-01-04T00:00:00Z", 6));
    assertEquals(
        List.of("2027-01-04T00:00Z", "2027-01-04T00:07Z", "2027-01-04T00:14Z"),
        Runs.after("cron(*/7 * * * ? *)", "2027-01-03T23:59:00Z", 3));
  }

  @Test
  void listOfDaysOfTheMonth() {
    assertEquals(
        List.of("2027-01-15T08:00Z", "2027-02-01T08:00Z", "2027-02-15T08:00Z"),
        Runs.after("cron(0 8 1,15 * ? *)", "2027-01-04T00:00:00Z", 3));
  }

  /** A range whose end is before its start wraps around, as in Quartz. */
  @Test
  void wrappingRanges() {
    assertEquals(
        List.of(
            "2027-01-04T22:00Z",
            "2027-01-04T23:00Z",
            "2027-01-05T00:00Z",
            "2027-01-05T01:00Z",
            "2027-01-05T22:00Z"),
        Runs.after("cron(0 22-1 * * ? *)", "2027-01-04T12:00:00Z", 5));
    assertEquals(
        List.of(
            "2027-01-08T00:00Z",
            "2027-01-09T00:00Z",
            "2027-01-10T00:00Z",
            "2027-01-11T00:00Z",
            "2027-01-15T00:00Z"),
        Runs.after("cron(0 0 ? * FRI-MON *)", "2027-01-04T00:00:00Z", 5));
    assertEquals(
        List.of("2027-11-01T00:00Z", "2028-01-01T00:00Z", "2028-11-01T00:00Z", "2029-01-01T00:00Z"),
        Runs.after("cron(0 0 1 NOV-FEB/2 ? *)", "2027-01-04T00:00:00Z", 4));
  }

  @Test
  void monthAndDayNames() {
    assertEquals(
        List.of("2027-01-25T12:00Z", "2027-07-05T12:00Z", "2027-07-12T12:00Z", "2027-07-19T12:00Z"),
        Runs.after("cron(0 12 ? JAN,Jul mon *)", "2027-01-20T00:00:00Z", 4));
  }

  /** "cron(0 2 L * ? *): 02:00 AM on the last day of every month"; 2028 is a leap year. */
  @Test
  void lastDayOfTheMonth() {
    assertEquals(
        List.of("2028-02-29T02:00Z", "2028-03-31T02:00Z", "2028-04-30T02:00Z", "2028-05-31T02:00Z"),
        Runs.after("cron(0 2 L * ? *)", "2028-01-31T02:00:00Z", 4));
  }

  @Test
  void lastWeekdayOfTheMonth() {
    assertEquals(
        List.of(
            "2027-01-29T00:00Z",
            "2027-02-26T00:00Z",
            "2027-03-31T00:00Z",
            "2027-04-30T00:00Z",
            "2027-05-31T00:00Z",
            "2027-06-30T00:00Z"),
        Runs.after("cron(0 0 LW * ? *)", "2027-01-01T00:00:00Z", 6));
  }

  /** 2027-05-15 is a Saturday (to Friday the 14th), 2027-08-15 a Sunday (to Monday the 16th). */
  @Test
  void nearestWeekday() {
    assertEquals(
        List.of(
            "2027-04-15T00:00Z",
            "2027-05-14T00:00Z",
            "2027-06-15T00:00Z",
            "2027-07-15T00:00Z",
            "2027-08-16T00:00Z",
            "2027-09-15T00:00Z"),
        Runs.after("cron(0 0 15W * ? *)", "2027-04-01T00:00:00Z", 6));
  }

  /**
   * The nearest weekday never leaves the month: 2027-05-01 is a Saturday, so 1W is Monday the 3rd
   * (not Friday, April 30); 2027-01-31 is a Sunday, so 31W is Friday the 29th; months without a
   * 31st have no 31W.
   */
  @Test
  void nearestWeekdayStaysInTheMonth() {
    assertEquals(
        List.of(
            "2027-04-01T00:00Z",
            "2027-05-03T00:00Z",
            "2027-06-01T00:00Z",
            "2027-07-01T00:00Z",
            "2027-08-02T00:00Z"),
        Runs.after("cron(0 0 1W * ? *)", "2027-03-01T00:00:00Z", 5));
    assertEquals(
        List.of(
            "2027-01-29T00:00Z",
            "2027-03-31T00:00Z",
            "2027-05-31T00:00Z",
            "2027-07-30T00:00Z",
            "2027-08-31T00:00Z",
            "2027-10-29T00:00Z"),
        Runs.after("cron(0 0 31W * ? *)", "2027-01-01T00:00:00Z", 6));
  }

  /** "cron(0 2 ? * THU#3 *): 02:00 AM the third Thursday of every month". */
  @Test
  void nthWeekdayOfTheMonth() {
    assertEquals(
        List.of("2027-01-21T02:00Z", "2027-02-18T02:00Z", "2027-03-18T02:00Z", "2027-04-15T02:00Z"),
        Runs.after("cron(0 2 ? * THU#3 *)", "2027-01-01T00:00:00Z", 4));
    assertEquals(
        List.of("2027-01-21T02:00Z", "2027-02-18T02:00Z"),
        Runs.after("cron(0 2 ? * 5#3 *)", "2027-01-01T00:00:00Z", 2));
  }

  /** A month without a fifth Monday has no run. */
  @Test
  void fifthWeekdaySkipsShortMonths() {
    assertEquals(
        List.of("2027-03-29T00:00Z", "2027-05-31T00:00Z", "2027-08-30T00:00Z", "2027-11-29T00:00Z"),
        Runs.after("cron(0 0 ? * MON#5 *)", "2027-01-01T00:00:00Z", 4));
  }

  /** "cron(15 10 ? * 6L *): 10:15 AM on the last Friday of every month". */
  @Test
  void lastWeekdayOfAKind() {
    List<String> lastFridays =
        List.of("2027-01-29T10:15Z", "2027-02-26T10:15Z", "2027-03-26T10:15Z", "2027-04-30T10:15Z");
    assertEquals(lastFridays, Runs.after("cron(15 10 ? * 6L *)", "2027-01-01T00:00:00Z", 4));
    assertEquals(lastFridays, Runs.after("cron(15 10 ? * FRIL *)", "2027-01-01T00:00:00Z", 4));
    // A name with a W in it is still a name (found by CronSchedulePropertiesTest).
    assertEquals(
        List.of("2027-01-27T00:00Z", "2027-02-24T00:00Z", "2027-03-31T00:00Z"),
        Runs.after("cron(0 0 ? * WEDL *)", "2027-01-01T00:00:00Z", 3));
    assertEquals(
        List.of("2027-01-13T00:00Z"),
        Runs.after("cron(0 0 ? * wed#2 *)", "2027-01-01T00:00:00Z", 1));
  }

  /** Alone in the Day-of-week field, L is the last day of the week: Saturday. */
  @Test
  void lastDayOfTheWeek() {
    assertEquals(
        List.of("2027-01-02T00:00Z", "2027-01-09T00:00Z", "2027-01-16T00:00Z"),
        Runs.after("cron(0 0 ? * L *)", "2027-01-01T00:00:00Z", 3));
  }

  /** A Day-of-week value with * in Day-of-month is also valid: * counts as no value there. */
  @Test
  void starInOneDayFieldAndQuestionMarkInTheOther() {
    assertEquals(
        List.of("2027-01-05T00:00Z", "2027-01-06T00:00Z"),
        Runs.after("cron(0 0 ? * * *)", "2027-01-04T00:00:00Z", 2));
    assertEquals(
        List.of("2027-01-05T00:00Z", "2027-01-06T00:00Z"),
        Runs.after("cron(0 0 * * ? *)", "2027-01-04T00:00:00Z", 2));
  }

  @Test
  void yearFieldEndsTheSchedule() {
    assertEquals(
        List.of("2028-01-01T00:00Z", "2030-01-01T00:00Z"),
        Runs.after("cron(0 0 1 1 ? 2028,2030)", "2027-01-04T00:00:00Z", 5));
    assertEquals(
        List.of("2199-12-31T23:59Z"),
        Runs.after("cron(59 23 31 12 ? *)", "2199-01-01T00:00:00Z", 5));
  }

  /** With an offset, the last match of 2199 still runs in 2200; after that nothing does. */
  @Test
  void nothingRunsAfterTheLastYear() {
    ScheduleContext offset =
        Runs.context().scheduleOffset(6).scheduleTimezone("Pacific/Kiritimati").build();
    assertEquals(
        List.of("2200-01-06T23:59+14:00"),
        Runs.after("cron(59 23 31 12 ? *)", "2199-12-31T00:00:00Z", offset, 2));
    assertEquals(
        List.of(),
        Schedule.parse("cron(* * * * ? *)")
            .runsAfter(java.time.Instant.MAX, Runs.context().build())
            .toList());
  }

  /** February 30th never comes: the search ends at the last year cron can name. */
  @Test
  void aDateThatNeverComesHasNoRuns() {
    assertEquals(List.of(), Runs.after("cron(0 0 30 FEB ? *)", "2027-01-04T00:00:00Z", 1));
    assertEquals(List.of(), Runs.after("cron(0 0 ? 2 MON#5 2027)", "2027-01-04T00:00:00Z", 1));
  }

  /**
   * The optional Seconds field of maintenance windows: "cron(24 30 09 ? * * *) runs a maintenance
   * window at 9:30:24 AM every day". The old reference's "0 0 2 ? 1/1 THU#3 *" is the seven-field
   * form of 02:00 on the third Thursday.
   */
  @Test
  void sevenFieldsStartWithSeconds() {
    assertEquals(
        List.of("2027-01-04T09:30:24Z", "2027-01-05T09:30:24Z"),
        Runs.after("cron(24 30 09 ? * * *)", "2027-01-04T00:00:00Z", 2));
    assertEquals(
        List.of("2027-01-21T02:00Z", "2027-02-18T02:00Z"),
        Runs.after("cron(0 0 2 ? 1/1 THU#3 *)", "2027-01-01T00:00:00Z", 2));
    assertEquals(
        List.of("2027-01-04T00:00:10Z", "2027-01-04T00:00:40Z", "2027-01-04T00:01:10Z"),
        Runs.after("cron(10/30 * * * * ? *)", "2027-01-04T00:00:00Z", 3));
  }
}
