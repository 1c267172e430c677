package io.shapeforge.runtime.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;

/**
 * Epoch seconds with a millisecond fraction as JSON number text ({@code 1628102135.145}, {@code
 * 1628102135} for a whole second, {@code -0.5} before 1970), built from {@link
 * Instant#toEpochMilli()} with integer arithmetic. It is the text {@code BigDecimal.valueOf(millis,
 * 3).stripTrailingZeros().toPlainString()} gives, without the {@code BigDecimal}: that was 18% of
 * the emulator's CPU writing a page of tasks.
 */
final class EpochSecondsText {
  /** A sign, 19 digits, a point and 3 fraction digits. */
  private static final int MAX_CHARS = 24;

  private EpochSecondsText() {}

  /** Writes {@code value} as a JSON number. */
  static void write(JsonGenerator json, Instant value) throws IOException {
    char[] buffer = new char[MAX_CHARS];
    int start = fill(value.toEpochMilli(), buffer);
    json.writeNumber(buffer, start, MAX_CHARS - start);
  }

  /** The text as a string. */
  static String of(Instant value) {
    char[] buffer = new char[MAX_CHARS];
    int start = fill(value.toEpochMilli(), buffer);
    return new String(buffer, start, MAX_CHARS - start);
  }

  /** Fills the end of {@code buffer} with the text and answers where it starts. */
  private static int fill(long millis, char[] buffer) {
    int end = MAX_CHARS;
    // Work on the negative magnitude: it holds Long.MIN_VALUE, the positive one does not.
    long negative = millis < 0 ? millis : -millis;
    int fraction = (int) -(negative % 1000);
    long seconds = -(negative / 1000);
    if (fraction != 0) {
      int digits = 3;
      while (fraction % 10 == 0) {
        fraction /= 10;
        digits--;
      }
      for (int i = 0; i < digits; i++) {
        buffer[--end] = (char) ('0' + fraction % 10);
        fraction /= 10;
      }
      buffer[--end] = '.';
    }
    if (seconds == 0) {
      buffer[--end] = '0';
    }
    // seconds is at most Long.MAX_VALUE / 1000 here, so it is never negative.
    while (seconds > 0) {
      buffer[--end] = (char) ('0' + seconds % 10);
      seconds /= 10;
    }
    if (millis < 0) {
      buffer[--end] = '-';
    }
    return end;
  }
}
