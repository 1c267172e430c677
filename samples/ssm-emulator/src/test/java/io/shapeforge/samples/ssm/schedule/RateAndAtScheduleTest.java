package io.shapeforge.samples.ssm.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The runs of {@code rate(...)} and {@code at(...)}.
 *
 * <p>Sources: CreateMaintenanceWindow API reference ("When using a rate schedule, if you provide a
 * start date that occurs in the past, the current date and time are used as the start date");
 * "Maintenance window scheduling and active period options", Example 2 (rate(7 days), Asia/Tokyo,
 * start 2019-01-01T00:03:15+09:00, end 2019-06-30T00:06:15+09:00: runs on Tuesdays, "The last
 * execution is ... on Tuesday, June 25, 2019"; the page reads those times as 3:15 and 6:15 AM, the
 * dates themselves say 00:03:15 and 00:06:15) and Example 3 (at(2020-07-07T15:55:00) "runs just
 * once, at 3:55 PM UTC"); aws-cli's describe-maintenance-windows example, where a rate(180 minutes)
 * window's NextExecutionTime is "2020-02-12T23:19:20.596Z", with the creation's milliseconds.
 */
class RateAndAtScheduleTest {

  @Test
  void rateCountsFromTheWindowsCreation() {
    ScheduleContext context =
        ScheduleContext.builder(Instant.parse("2020-02-12T20:19:20.596Z"), 2, 1).build();
    assertEquals(
        List.of("2020-02-12T23:19:20.596Z", "2020-02-13T02:19:20.596Z"),
        Runs.after("rate(180 minutes)", "2020-02-12T20:19:20.596Z", context, 2));
  }

  @Test
  void rateAskedLaterKeepsItsPhase() {
    ScheduleContext context =
        ScheduleContext.builder(Instant.parse("2027-01-04T00:00:10Z"), 2, 1).build();
    assertEquals(
        List.of("2027-01-09T13:00:10Z", "2027-01-09T14:00:10Z"),
        Runs.after("rate(1 hour)", "2027-01-09T12:00:10Z", context, 2));
    assertEquals(
        List.of("2027-01-09T13:00:10Z"),
        Runs.after("rate(1 hour)", "2027-01-09T12:30:00Z", context, 1));
  }

  /** Example 2 of the User Guide: 25 Tuesdays, the last on June 25, 2019. */
  @Test
  void rateCountsFromAFutureStartDateUntilTheEndDate() {
    ScheduleContext context =
        ScheduleContext.builder(Instant.parse("2018-12-20T00:00:00Z"), 3, 1)
            .startDate("2019-01-01T00:03:15+09:00")
            .endDate("2019-06-30T00:06:15+09:00")
            .scheduleTimezone("Asia/Tokyo")
            .build();
    List<String> runs = Runs.after("rate(7 days)", "2018-12-20T00:00:00Z", context, 100);
    assertEquals(25, runs.size());
    assertEquals("2019-01-08T00:03:15+09:00", runs.get(0));
    assertEquals("2019-06-25T00:03:15+09:00", runs.get(24));
  }

  @Test
  void aStartDateInThePastCountsFromTheCreation() {
    ScheduleContext context =
        ScheduleContext.builder(Instant.parse("2027-01-04T10:20:00Z"), 3, 1)
            .startDate("2026-06-01T00:00:00Z")
            .build();
    assertEquals(
        List.of("2027-01-05T10:20Z"),
        Runs.after("rate(1 day)", "2027-01-04T10:20:00Z", context, 1));
  }

  /**
   * A day is 24 hours, as EventBridge Scheduler documents: the local time moves across a change.
   */
  @Test
  void rateDaysAreTwentyFourHours() {
    ScheduleContext context =
        ScheduleContext.builder(Instant.parse("2027-11-06T13:00:00Z"), 3, 1)
            .scheduleTimezone("America/New_York")
            .build();
    assertEquals(
        List.of("2027-11-07T08:00-05:00", "2027-11-08T08:00-05:00"),
        Runs.after("rate(1 day)", "2027-11-06T13:00:00Z", context, 2));
  }

  @Test
  void rateIsLazyAndUnbounded() {
    ScheduleContext context =
        ScheduleContext.builder(Instant.parse("2027-01-01T00:00:00Z"), 1, 0).build();
    assertEquals(
        Instant.parse("2027-01-01T00:00:00Z").plusSeconds(60L * 100_000),
        Schedule.parse("rate(1 minute)")
            .runsAfter(Instant.parse("2027-01-01T00:00:00Z"), context)
            .skip(99_999)
            .findFirst()
            .orElseThrow()
            .start());
  }

  @Test
  void rateStopsBeforeInstantsOverflow() {
    ScheduleContext context =
        ScheduleContext.builder(Instant.parse("2027-01-01T00:00:00Z"), 1, 0).build();
    List<ScheduledRun> runs =
        Schedule.parse("rate(999999999 days)")
            .runsAfter(Instant.parse("2027-01-01T00:00:00Z"), context)
            .limit(3)
            .toList();
    assertEquals(List.of(), runs);
  }

  @Test
  void atRunsOnceInUtc() {
    assertEquals(
        List.of("2020-07-07T15:55Z"),
        Runs.after(
            "at(2020-07-07T15:55:00)",
            "2020-01-02T00:00:00Z",
            ScheduleContext.builder(Instant.parse("2020-01-01T00:00:00Z"), 5, 2).build(),
            5));
  }

  /** ScheduleTimezone changes the rendering, not the instant. */
  @Test
  void atIsRenderedInTheWindowsZone() {
    ScheduleContext context =
        ScheduleContext.builder(Instant.parse("2019-01-01T00:00:00Z"), 4, 1)
            .scheduleTimezone("America/Los_Angeles")
            .build();
    ScheduledRun run =
        Schedule.parse("at(2019-07-07T13:15:30)")
            .nextRunAfter(Instant.parse("2019-01-01T00:00:00Z"), context)
            .orElseThrow();
    assertEquals(Instant.parse("2019-07-07T13:15:30Z"), run.start());
    assertEquals("2019-07-07T06:15:30-07:00", run.executionTime());
  }

  @Test
  void atInThePastOrOutsideTheActivePeriodNeverRuns() {
    assertEquals(
        List.of(),
        Runs.after(
            "at(2019-07-07T13:15:30)",
            "2019-01-01T00:00:00Z",
            ScheduleContext.builder(Instant.parse("2019-08-01T00:00:00Z"), 4, 1).build(),
            1));
    assertEquals(
        List.of(),
        Runs.after("at(2020-07-07T15:55:00)", "2020-07-07T15:55:00Z", Runs.context().build(), 1));
    assertEquals(
        List.of(),
        Runs.after(
            "at(2020-07-07T15:55:00)",
            "2020-01-02T00:00:00Z",
            Runs.context().endDate("2020-07-01T00:00:00Z").build(),
            1));
  }
}
