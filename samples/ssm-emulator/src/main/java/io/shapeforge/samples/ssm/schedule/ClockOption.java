package io.shapeforge.samples.ssm.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads the emulator's {@code --clock} value: {@code real} (the system clock, the default) or
 * {@code manual@<ISO-8601 instant>}, such as {@code manual@2027-01-04T00:00:00Z}, a {@link
 * ManualClock} that stands still at that instant until it is moved.
 */
public final class ClockOption {
  private static final String MANUAL = "manual@";

  private ClockOption() {}

  /**
   * @throws IllegalArgumentException with a message that says what is accepted, for any other value
   */
  public static Clock parse(String value) {
    if ("real".equals(value)) {
      return Clock.systemUTC();
    }
    if (value != null && value.startsWith(MANUAL)) {
      try {
        return ManualClock.startingAt(Instant.parse(value.substring(MANUAL.length())));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(ScheduleMessages.clockOption(value), e);
      }
    }
    throw new IllegalArgumentException(ScheduleMessages.clockOption(value));
  }
}
