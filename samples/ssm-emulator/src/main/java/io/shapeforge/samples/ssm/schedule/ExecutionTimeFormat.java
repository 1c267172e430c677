package io.shapeforge.samples.ssm.schedule;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Renders an execution time the way Systems Manager does in {@code ExecutionTime} and {@code
 * NextExecutionTime}: ISO-8601 in the window's zone, with its offset ({@code Z} for UTC), seconds
 * only when they are not zero and milliseconds only when they are not zero. AWS's own examples show
 * all three forms: {@code "2020-02-19T16:00Z"} (aws-cli example of
 * describe-maintenance-window-schedule), {@code "2019-02-03T02:00-08:00"} (User Guide tutorial, a
 * cron window in America/Los_Angeles) and {@code "2020-02-12T23:19:20.596Z"} (a rate window,
 * aws-cli example of describe-maintenance-windows).
 */
final class ExecutionTimeFormat {
  private ExecutionTimeFormat() {}

  static String format(Instant instant, ZoneId zone) {
    OffsetDateTime time = instant.truncatedTo(ChronoUnit.MILLIS).atZone(zone).toOffsetDateTime();
    StringBuilder text =
        new StringBuilder(32)
            .append(time.toLocalDate())
            .append('T')
            .append(twoDigits(time.getHour()))
            .append(':')
            .append(twoDigits(time.getMinute()));
    int millis = time.getNano() / 1_000_000;
    if (time.getSecond() != 0 || millis != 0) {
      text.append(':').append(twoDigits(time.getSecond()));
    }
    if (millis != 0) {
      text.append('.').append(String.format("%03d", millis));
    }
    return text.append(time.getOffset().getId()).toString();
  }

  private static String twoDigits(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }
}
