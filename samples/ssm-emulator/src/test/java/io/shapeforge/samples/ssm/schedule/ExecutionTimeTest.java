package io.shapeforge.samples.ssm.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How execution times are rendered in {@code ScheduledWindowExecution.ExecutionTime} and {@code
 * NextExecutionTime}, after AWS's own examples: "2020-02-19T16:00Z" (aws-cli,
 * describe-maintenance-window-schedule), "2019-02-03T02:00-08:00" (User Guide tutorial, a window in
 * America/Los_Angeles), "2020-02-12T23:19:20.596Z" and "2020-02-17T23:22:00.956Z" (aws-cli,
 * describe-maintenance-windows, rate windows).
 */
class ExecutionTimeTest {

  @ParameterizedTest
  @CsvSource({
    "2020-02-19T16:00:00Z,       UTC,                 2020-02-19T16:00Z",
    "2019-02-03T10:00:00Z,       America/Los_Angeles, 2019-02-03T02:00-08:00",
    "2020-02-12T23:19:20.596Z,   UTC,                 2020-02-12T23:19:20.596Z",
    "2020-02-17T23:22:00.956Z,   UTC,                 2020-02-17T23:22:00.956Z",
    "2020-02-17T23:22:00.9569Z,  UTC,                 2020-02-17T23:22:00.956Z",
    "2020-02-17T23:22:00.05Z,    UTC,                 2020-02-17T23:22:00.050Z",
    "2020-02-17T23:22:07Z,       UTC,                 2020-02-17T23:22:07Z",
    "2020-02-17T23:22:07Z,       Asia/Kolkata,        2020-02-18T04:52:07+05:30",
    "2027-03-14T07:00:00Z,       America/New_York,    2027-03-14T03:00-04:00",
    "2027-01-04T00:00:00Z,       Europe/London,       2027-01-04T00:00Z",
    "2027-07-04T00:00:00Z,       Europe/London,       2027-07-04T01:00+01:00",
  })
  void rendersLikeAws(Instant instant, ZoneId zone, String expected) {
    assertEquals(expected, ExecutionTimeFormat.format(instant, zone));
  }

  @Test
  void upcomingExecutionsComeFromTheSameCalculation() {
    ScheduleContext context =
        ScheduleContext.builder(Instant.parse("2020-02-01T00:00:00Z"), 4, 1).build();
    List<UpcomingExecution> upcoming =
        Schedule.parse("cron(0 16 ? * WED *)")
            .runsAfter(Instant.parse("2020-02-14T00:00:00Z"), context)
            .limit(2)
            .map(
                run ->
                    UpcomingExecution.of("mw-ab12cd34eEXAMPLE", "My-First-Maintenance-Window", run))
            .toList();
    assertEquals(
        List.of(
            new UpcomingExecution(
                "mw-ab12cd34eEXAMPLE", "My-First-Maintenance-Window", "2020-02-19T16:00Z"),
            new UpcomingExecution(
                "mw-ab12cd34eEXAMPLE", "My-First-Maintenance-Window", "2020-02-26T16:00Z")),
        upcoming);
  }

  @Test
  void runRendersInItsZone() {
    ScheduledRun run =
        new ScheduledRun(
            Instant.parse("2019-02-03T10:00:00Z"),
            Instant.parse("2019-02-03T12:00:00Z"),
            Instant.parse("2019-02-03T11:00:00Z"),
            ZoneId.of("America/Los_Angeles"));
    assertEquals("2019-02-03T02:00-08:00", run.executionTime());
    assertEquals(
        "2019-02-03T10:00Z",
        new ScheduledRun(run.start(), run.end(), run.cutoffAt(), ZoneOffset.UTC).executionTime());
  }
}
