package io.shapeforge.samples.ssm.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.shapeforge.runtime.validation.ValidationException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The window settings besides the time zone: {@code ScheduleOffset}, {@code StartDate}, {@code
 * EndDate}, {@code Enabled}, {@code Duration}, {@code Cutoff}, and the window's creation.
 *
 * <p>Sources: Systems Manager User Guide, "Reference: Cron and rate expressions" (schedule offsets,
 * cron only; "if you specify a cron expression for a maintenance window to run yesterday and add a
 * schedule offset of two days, the maintenance window won't run tomorrow") and "Maintenance window
 * scheduling and active period options" (start and end dates bound the period in which the window
 * can run; they are ISO-8601 with an offset, independent of the time zone); CreateMaintenanceWindow
 * API reference (ScheduleOffset 1-6, Duration 1-24, Cutoff 0-23; "if the maintenance window starts
 * at 3 PM, the duration is three hours, and the value you specify for Cutoff is one hour, no
 * maintenance window tasks can start after 5 PM").
 */
class WindowSettingsTest {
  private static final Instant JAN_1 = Instant.parse("2027-01-01T00:00:00Z");

  /**
   * "cron(30 23 ? * TUE#3 *)" with offset 2: "the maintenance window won't run until 11:30 PM two
   * days later". The third Tuesdays of early 2027 are January 19, February 16 and March 16.
   */
  @Test
  void offsetAddsDaysToTheMatch() {
    ScheduleContext context = ScheduleContext.builder(JAN_1, 4, 1).scheduleOffset(2).build();
    assertEquals(
        List.of("2027-01-21T23:30Z", "2027-02-18T23:30Z", "2027-03-18T23:30Z"),
        Runs.after("cron(30 23 ? * TUE#3 *)", "2027-01-01T00:00:00Z", context, 3));
  }

  /**
   * A match before the window existed does not run on its offset day, even if that is still ahead.
   */
  @Test
  void offsetOfAMatchBeforeCreationDoesNotRun() {
    ScheduleContext context =
        ScheduleContext.builder(Instant.parse("2027-01-20T12:00:00Z"), 4, 1)
            .scheduleOffset(2)
            .build();
    assertEquals(
        List.of("2027-02-18T23:30Z"),
        Runs.after("cron(30 23 ? * TUE#3 *)", "2027-01-20T12:00:00Z", context, 1));
  }

  /** Asked later, a match whose offset day is still ahead does run. */
  @Test
  void offsetRunOfAnEarlierMatchIsStillAhead() {
    ScheduleContext context = ScheduleContext.builder(JAN_1, 4, 1).scheduleOffset(2).build();
    assertEquals(
        List.of("2027-01-21T23:30Z"),
        Runs.after("cron(30 23 ? * TUE#3 *)", "2027-01-20T12:00:00Z", context, 1));
  }

  @Test
  void offsetCrossesMonthsAndYears() {
    ScheduleContext context = ScheduleContext.builder(JAN_1, 4, 1).scheduleOffset(1).build();
    assertEquals(
        List.of("2027-11-01T12:00Z", "2027-12-01T12:00Z", "2028-01-01T12:00Z"),
        Runs.after("cron(0 12 L * ? *)", "2027-10-15T00:00:00Z", context, 3));
  }

  /**
   * The offset is whole local days: a match at 02:30 on March 13 with offset 1 would run at 02:30
   * on March 14, 2027, a time New York skips, so that run does not happen; in 2028 the change is on
   * March 12 and March 14 at 02:30 exists.
   */
  @Test
  void offsetRunsInTheZoneAndObeyItsChanges() {
    ScheduleContext context =
        ScheduleContext.builder(JAN_1, 4, 1)
            .scheduleOffset(1)
            .scheduleTimezone("America/New_York")
            .build();
    assertEquals(
        List.of("2028-03-14T02:30-04:00"),
        Runs.after("cron(30 2 13 MAR ? *)", "2027-03-01T00:00:00Z", context, 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"rate(1 day)", "at(2027-06-01T00:00:00)"})
  void offsetIsForCronOnly(String expression) {
    ScheduleContext context = ScheduleContext.builder(JAN_1, 4, 1).scheduleOffset(2).build();
    Schedule schedule = Schedule.parse(expression);
    ValidationException error =
        assertThrows(ValidationException.class, () -> schedule.checkUsableWith(context));
    assertEquals(
        "ScheduleOffset is supported for cron expressions only. Remove ScheduleOffset or use a cron"
            + " expression.",
        error.getMessage());
    assertThrows(ValidationException.class, () -> schedule.runsAfter(JAN_1, context));
  }

  @Test
  void startAndEndDatesBoundTheRuns() {
    ScheduleContext context =
        ScheduleContext.builder(JAN_1, 4, 1)
            .startDate("2027-02-01T09:00:00Z")
            .endDate("2027-02-04T09:00:00-00:00")
            .build();
    // 09:00 on the start date runs (the window is active from then on); 09:00 on the end date,
    // when the window becomes inactive, does not.
    assertEquals(
        List.of("2027-02-01T09:00Z", "2027-02-02T09:00Z", "2027-02-03T09:00Z"),
        Runs.after("cron(0 9 * * ? *)", "2027-01-01T00:00:00Z", context, 10));
  }

  /** Start and end dates are instants: their offset matters, the window's time zone does not. */
  @Test
  void startDateOffsetIsIndependentOfTheTimezone() {
    ScheduleContext context =
        ScheduleContext.builder(JAN_1, 4, 1)
            .startDate("2027-02-01T09:30:00+09:00")
            .scheduleTimezone("America/Los_Angeles")
            .build();
    // 2027-02-01T00:30Z is 2027-01-31T16:30 in Los Angeles: the 17:00 run that day is the first.
    assertEquals(
        List.of("2027-01-31T17:00-08:00"),
        Runs.after("cron(0 17 * * ? *)", "2027-01-01T00:00:00Z", context, 1));
  }

  /** A date without an offset is read as UTC, whatever ScheduleTimezone says. */
  @Test
  void dateWithoutOffsetIsUtc() {
    ScheduleContext context =
        ScheduleContext.builder(JAN_1, 4, 1)
            .startDate("2027-02-01T09:30:00")
            .scheduleTimezone("Asia/Tokyo")
            .build();
    assertEquals(Instant.parse("2027-02-01T09:30:00Z"), context.startDate().orElseThrow());
  }

  @Test
  void theStreamEndsAtTheEndDate() {
    ScheduleContext context =
        ScheduleContext.builder(JAN_1, 4, 1).endDate("2027-01-03T00:00:00Z").build();
    assertEquals(2, Schedule.parse("cron(0 9 * * ? *)").runsAfter(JAN_1, context).count());
  }

  @Test
  void aDisabledWindowHasNoRuns() {
    ScheduleContext context = ScheduleContext.builder(JAN_1, 4, 1).enabled(false).build();
    assertEquals(List.of(), Runs.after("cron(0 9 * * ? *)", "2027-01-01T00:00:00Z", context, 1));
    assertEquals(List.of(), Runs.after("rate(1 hour)", "2027-01-01T00:00:00Z", context, 1));
  }

  /** Nothing runs at or before the window's creation, even when asked about earlier times. */
  @Test
  void noRunAtOrBeforeCreation() {
    ScheduleContext context =
        ScheduleContext.builder(Instant.parse("2027-01-04T09:00:00Z"), 4, 1).build();
    assertEquals(
        List.of("2027-01-05T09:00Z"),
        Runs.after("cron(0 9 * * ? *)", "2027-01-01T00:00:00Z", context, 1));
  }

  @Test
  void durationAndCutoffPlaceTheEndAndTheCutoff() {
    ScheduleContext context = ScheduleContext.builder(JAN_1, 3, 1).build();
    ScheduledRun run =
        Schedule.parse("cron(0 15 * * ? *)").nextRunAfter(JAN_1, context).orElseThrow();
    assertEquals(
        new ScheduledRun(
            Instant.parse("2027-01-01T15:00:00Z"),
            Instant.parse("2027-01-01T18:00:00Z"),
            Instant.parse("2027-01-01T17:00:00Z"),
            java.time.ZoneOffset.UTC),
        run);

    ScheduledRun noCutoff =
        Schedule.parse("cron(0 15 * * ? *)")
            .nextRunAfter(JAN_1, ScheduleContext.builder(JAN_1, 24, 0).build())
            .orElseThrow();
    assertEquals(Instant.parse("2027-01-02T15:00:00Z"), noCutoff.end());
    assertEquals(noCutoff.end(), noCutoff.cutoffAt());
  }

  /**
   * Duration is hours of real time: across the autumn change a 3-hour window ends at 03:00 local.
   */
  @Test
  void durationIsElapsedTimeAcrossAChange() {
    ScheduleContext context =
        ScheduleContext.builder(JAN_1, 3, 1).scheduleTimezone("America/New_York").build();
    ScheduledRun run =
        Schedule.parse("cron(0 1 * * ? *)")
            .nextRunAfter(Instant.parse("2027-11-07T00:00:00Z"), context)
            .orElseThrow();
    assertEquals(Instant.parse("2027-11-07T05:00:00Z"), run.start());
    assertEquals(Instant.parse("2027-11-07T08:00:00Z"), run.end());
    assertEquals(Instant.parse("2027-11-07T07:00:00Z"), run.cutoffAt());
  }

  @Test
  void refusesBadSettingsWithValidationExceptions() {
    assertEquals(
        "Invalid ScheduleTimezone 'Mars/Olympus_Mons': use a time zone name of the IANA database, such"
            + " as America/Los_Angeles, UTC or Asia/Seoul.",
        assertThrows(
                ValidationException.class,
                () -> ScheduleContext.builder(JAN_1, 1, 0).scheduleTimezone("Mars/Olympus_Mons"))
            .getMessage());
    assertEquals(
        "Invalid StartDate '2027-02-30T00:00:00Z': use ISO-8601 extended format, such as"
            + " 2021-04-07T14:29:00-08:00.",
        assertThrows(
                ValidationException.class,
                () -> ScheduleContext.builder(JAN_1, 1, 0).startDate("2027-02-30T00:00:00Z"))
            .getMessage());
    assertEquals(
        "Invalid EndDate 'next week': use ISO-8601 extended format, such as 2021-04-07T14:29:00-08:00.",
        assertThrows(
                ValidationException.class,
                () -> ScheduleContext.builder(JAN_1, 1, 0).endDate("next week"))
            .getMessage());
    assertEquals(
        "EndDate must be later than StartDate.",
        assertThrows(
                ValidationException.class,
                () ->
                    ScheduleContext.builder(JAN_1, 1, 0)
                        .startDate("2027-02-01T00:00:00Z")
                        .endDate("2027-02-01T00:00:00Z")
                        .build())
            .getMessage());
  }

  /** The ranges of the API model, in AWS's constraint wording. */
  @Test
  void refusesValuesOutsideTheModelsRanges() {
    assertEquals(
        "1 validation error detected: Value '7' at 'scheduleOffset' failed to satisfy constraint: Member"
            + " must have value less than or equal to 6",
        assertThrows(
                ValidationException.class,
                () -> ScheduleContext.builder(JAN_1, 1, 0).scheduleOffset(7))
            .getMessage());
    assertEquals(
        "1 validation error detected: Value '0' at 'scheduleOffset' failed to satisfy constraint: Member"
            + " must have value greater than or equal to 1",
        assertThrows(
                ValidationException.class,
                () -> ScheduleContext.builder(JAN_1, 1, 0).scheduleOffset(0))
            .getMessage());
    assertEquals(
        "1 validation error detected: Value '25' at 'duration' failed to satisfy constraint: Member"
            + " must have value less than or equal to 24",
        assertThrows(ValidationException.class, () -> ScheduleContext.builder(JAN_1, 25, 0))
            .getMessage());
    assertEquals(
        "1 validation error detected: Value '24' at 'cutoff' failed to satisfy constraint: Member"
            + " must have value less than or equal to 23",
        assertThrows(ValidationException.class, () -> ScheduleContext.builder(JAN_1, 1, 24))
            .getMessage());
  }

  @Test
  void timezoneNamesAndUtc() {
    assertEquals(
        "UTC", ScheduleContext.builder(JAN_1, 1, 0).scheduleTimezone("UTC").build().zone().getId());
    assertEquals(java.time.ZoneOffset.UTC, ScheduleContext.builder(JAN_1, 1, 0).build().zone());
    assertEquals(
        List.of("2027-01-01T09:00Z"),
        Runs.after(
            "cron(0 9 * * ? *)",
            "2027-01-01T00:00:00Z",
            Runs.context().scheduleTimezone("UTC").build(),
            1));
  }
}
