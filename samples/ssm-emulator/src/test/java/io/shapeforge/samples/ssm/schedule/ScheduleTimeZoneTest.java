package io.shapeforge.samples.ssm.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code ScheduleTimezone}: cron expressions read in an IANA zone, across daylight-saving changes.
 *
 * <p>Systems Manager documents nothing about daylight saving. These tests pin the behaviour AWS
 * documents for EventBridge Scheduler, its scheduler with time zones
 * (https://repost.aws/knowledge-center/eventbridge-scheduler-adjust-dst): "When the time shifts
 * forward in Spring, your schedule invocation gets skipped if the cron expression falls on a
 * non-existent date and time. When the time shifts back in the Fall, your schedule runs only once
 * and doesn't repeat its invocation." The transitions used (checked with Python's zoneinfo): New
 * York 2027-03-14 02:00 EST to 03:00 EDT and 2027-11-07 02:00 EDT to 01:00 EST; Berlin 2027-03-28
 * 02:00 to 03:00 and 2027-10-31 03:00 to 02:00; Lord Howe Island, whose clocks move by half an
 * hour, 2027-04-04 02:00 to 01:30 and 2027-10-03 02:00 to 02:30.
 */
class ScheduleTimeZoneTest {

  private static ScheduleContext in(String zone) {
    return Runs.context().scheduleTimezone(zone).build();
  }

  @Test
  void runsAtLocalTimeWithTheZonesOffset() {
    assertEquals(
        List.of("2027-01-04T09:00-08:00", "2027-07-05T09:00-07:00"),
        Runs.after(
            "cron(0 9 ? JAN,JUL MON#1 *)", "2027-01-01T00:00:00Z", in("America/Los_Angeles"), 2));
    assertEquals(
        List.of("2027-01-04T09:00+09:00"),
        Runs.after("cron(0 9 ? * MON *)", "2027-01-01T00:00:00Z", in("Asia/Tokyo"), 1));
  }

  @Test
  void aLocalTimeSkippedInSpringHasNoRun() {
    assertEquals(
        List.of("2027-03-13T02:30-05:00", "2027-03-15T02:30-04:00"),
        Runs.after("cron(30 2 * * ? *)", "2027-03-12T12:00:00Z", in("America/New_York"), 2));
    assertEquals(
        List.of("2027-03-21T02:30+01:00", "2027-04-04T02:30+02:00"),
        Runs.after("cron(30 2 ? * SUN *)", "2027-03-20T00:00:00Z", in("Europe/Berlin"), 2));
  }

  @Test
  void aLocalTimeRepeatedInAutumnRunsOnceTheFirstTime() {
    assertEquals(
        List.of("2027-11-07T01:30-04:00", "2027-11-08T01:30-05:00"),
        Runs.after("cron(30 1 * * ? *)", "2027-11-06T12:00:00Z", in("America/New_York"), 2));
    assertEquals(
        List.of("2027-10-31T02:30+02:00", "2027-11-07T02:30+01:00"),
        Runs.after("cron(30 2 ? * SUN *)", "2027-10-30T00:00:00Z", in("Europe/Berlin"), 2));
  }

  @Test
  void frequentRunsAcrossTheSpringChange() {
    assertEquals(
        List.of("2027-03-14T01:30-05:00", "2027-03-14T03:00-04:00", "2027-03-14T03:30-04:00"),
        Runs.after("cron(0/30 * * * ? *)", "2027-03-14T06:15:00Z", in("America/New_York"), 3));
  }

  /**
   * The repeated hour's half-hours run in its first pass only; the clock still moves on by real
   * time.
   */
  @Test
  void frequentRunsAcrossTheAutumnChange() {
    List<String> runs =
        Runs.after("cron(0/30 * * * ? *)", "2027-11-07T04:45:00Z", in("America/New_York"), 4);
    assertEquals(
        List.of(
            "2027-11-07T01:00-04:00",
            "2027-11-07T01:30-04:00",
            "2027-11-07T02:00-05:00",
            "2027-11-07T02:30-05:00"),
        runs);
  }

  /** Asked from inside the second pass of the repeated hour, the next run is after it. */
  @Test
  void fromInsideTheRepeatedHour() {
    assertEquals(
        List.of("2027-11-07T02:00-05:00"),
        Runs.after("cron(0/30 * * * ? *)", "2027-11-07T06:10:00Z", in("America/New_York"), 1));
    assertEquals(
        Instant.parse("2027-11-07T07:00:00Z"),
        Schedule.parse("cron(0/30 * * * ? *)")
            .nextRunAfter(Instant.parse("2027-11-07T06:10:00Z"), in("America/New_York"))
            .orElseThrow()
            .start());
  }

  @Test
  void halfHourShifts() {
    assertEquals(
        List.of("2027-04-03T01:45+11:00", "2027-04-04T01:45+11:00", "2027-04-05T01:45+10:30"),
        Runs.after("cron(45 1 * * ? *)", "2027-04-02T00:00:00Z", in("Australia/Lord_Howe"), 3));
    assertEquals(
        List.of("2027-10-02T02:15+10:30", "2027-10-04T02:15+11:00"),
        Runs.after("cron(15 2 * * ? *)", "2027-10-01T00:00:00Z", in("Australia/Lord_Howe"), 2));
  }

  /**
   * Example 1 of "Maintenance window scheduling and active period options": start date
   * 2021-01-01T00:00:00-08:00, America/Los_Angeles, cron(0 09 ? * WED *). AWS: "The first execution
   * in the allowed period will be on Wednesday, January 4, 2021, at 9 AM US Pacific Time." January
   * 4, 2021 was a Monday; the first Wednesday is January 6, which is what this asserts (the page's
   * older version, with FRI, said January 4, 2019, a Friday, which is right).
   */
  @Test
  void startDateAndTimezoneOfTheUserGuideExample() {
    ScheduleContext context =
        ScheduleContext.builder(Instant.parse("2020-12-15T00:00:00Z"), 3, 1)
            .startDate("2021-01-01T00:00:00-08:00")
            .scheduleTimezone("America/Los_Angeles")
            .build();
    assertEquals(
        List.of("2021-01-06T09:00-08:00", "2021-01-13T09:00-08:00"),
        Runs.after("cron(0 09 ? * WED *)", "2020-12-15T00:00:00Z", context, 2));

    ScheduleContext older =
        ScheduleContext.builder(Instant.parse("2018-12-15T00:00:00Z"), 3, 1)
            .startDate("2019-01-01T00:00:00-05:00")
            .scheduleTimezone("America/Los_Angeles")
            .build();
    assertEquals(
        List.of("2019-01-04T09:00-08:00"),
        Runs.after("cron(0 09 ? * FRI *)", "2018-12-15T00:00:00Z", older, 1));
  }

  /**
   * The tutorial "Create and configure a maintenance window (AWS CLI)" shows a window in
   * America/Los_Angeles whose NextExecutionTime is "2019-02-03T02:00-08:00".
   */
  @Test
  void rendersLikeTheUserGuideTutorial() {
    ScheduleContext context =
        ScheduleContext.builder(Instant.parse("2019-01-30T00:00:00Z"), 2, 1)
            .scheduleTimezone("America/Los_Angeles")
            .build();
    assertEquals(
        List.of("2019-02-03T02:00-08:00"),
        Runs.after("cron(0 2 ? * SUN *)", "2019-02-01T00:00:00Z", context, 1));
  }
}
