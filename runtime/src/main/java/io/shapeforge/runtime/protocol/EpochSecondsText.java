package io.shapeforge.runtime.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Epoch seconds with a millisecond fraction as JSON number text ({@code 1628102135.145}, {@code
 * 1628102135} for a whole second, {@code -0.5} before 1970), built from {@link
 * Instant#toEpochMilli()} with integer arithmetic. It is the text {@code BigDecimal.valueOf(millis,
 * 3).stripTrailingZeros().toPlainString()} gives, without the {@code BigDecimal}: that was 18% of
 * the emulator's CPU writing a page of tasks.
 *
 * <p>On Jackson's UTF-8 generator the digits go straight into the generator's own output buffer
 * ({@link SerializableString#appendUnquotedUTF8}): a {@code char[]} per value, then copied and
 * checked char by char in {@code writeRaw}, was still 15% of the emulator's CPU under load.
 */
final class EpochSecondsText implements SerializableString {
  /** A sign, 19 digits, a point and 3 fraction digits. */
  private static final int MAX_CHARS = 24;

  /**
   * The seconds between which {@link Instant#toEpochMilli()} fits a {@code long}. Beyond them, up
   * to {@link Instant#MAX} (which a request may carry), the text comes from {@link BigDecimal}.
   */
  private static final long MIN_MILLI_SECONDS = Long.MIN_VALUE / 1000 + 1;

  private static final long MAX_MILLI_SECONDS = Long.MAX_VALUE / 1000 - 1;

  private final long millis;

  EpochSecondsText(long millis) {
    this.millis = millis;
  }

  /** Writes {@code value} as a JSON number. */
  @SuppressWarnings("deprecation") // JsonGenerator.Feature: the generator's own switch for it
  static void write(JsonGenerator json, Instant value) throws IOException {
    if (!hasLongMillis(value)) {
      json.writeNumber(of(value));
    } else if (json instanceof UTF8JsonGenerator
        && !json.isEnabled(JsonGenerator.Feature.WRITE_NUMBERS_AS_STRINGS)) {
      json.writeRawValue(new EpochSecondsText(value.toEpochMilli()));
    } else {
      // Any other generator gets a number token as before: databind's TokenBuffer (convertValue)
      // would keep a raw value as an embedded object, and a raw value would also bypass the quoting
      // that WRITE_NUMBERS_AS_STRINGS asks for.
      json.writeNumber(of(value));
    }
  }

  /** The text as a string. */
  static String of(Instant value) {
    if (!hasLongMillis(value)) {
      return BigDecimal.valueOf(value.getEpochSecond())
          .add(BigDecimal.valueOf(value.getNano() / 1_000_000, 3))
          .stripTrailingZeros()
          .toPlainString();
    }
    return text(value.toEpochMilli());
  }

  private static boolean hasLongMillis(Instant value) {
    long seconds = value.getEpochSecond();
    return seconds >= MIN_MILLI_SECONDS && seconds <= MAX_MILLI_SECONDS;
  }

  private static String text(long millis) {
    byte[] buffer = new byte[MAX_CHARS];
    int start = fill(millis, buffer, MAX_CHARS);
    return new String(buffer, start, MAX_CHARS - start, StandardCharsets.US_ASCII);
  }

  /** How many characters the text of {@code millis} has. */
  private static int length(long millis) {
    long negative = millis < 0 ? millis : -millis;
    int fraction = (int) -(negative % 1000);
    long seconds = -(negative / 1000);
    int length = millis < 0 ? 1 : 0;
    if (fraction != 0) {
      int digits = 3;
      while (fraction % 10 == 0) {
        fraction /= 10;
        digits--;
      }
      length += 1 + digits;
    }
    length++;
    while (seconds >= 10) {
      seconds /= 10;
      length++;
    }
    return length;
  }

  /**
   * Fills {@code buffer} with the text so that it ends just before {@code end}, and answers where
   * it starts.
   */
  private static int fill(long millis, byte[] buffer, int end) {
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
        buffer[--end] = (byte) ('0' + fraction % 10);
        fraction /= 10;
      }
      buffer[--end] = '.';
    }
    if (seconds == 0) {
      buffer[--end] = '0';
    }
    // seconds is at most Long.MAX_VALUE / 1000 here, so it is never negative.
    while (seconds > 0) {
      buffer[--end] = (byte) ('0' + seconds % 10);
      seconds /= 10;
    }
    if (millis < 0) {
      buffer[--end] = '-';
    }
    return end;
  }

  /** The path every write takes on the UTF-8 generator: no array of its own. */
  @Override
  public int appendUnquotedUTF8(byte[] buffer, int offset) {
    int length = length(millis);
    if (length > buffer.length - offset) {
      return -1;
    }
    fill(millis, buffer, offset + length);
    return length;
  }

  // The rest of SerializableString, for other generators; the text has no character to quote.

  @Override
  public String getValue() {
    return text(millis);
  }

  @Override
  public int charLength() {
    return length(millis);
  }

  @Override
  public char[] asQuotedChars() {
    return getValue().toCharArray();
  }

  @Override
  public byte[] asUnquotedUTF8() {
    return getValue().getBytes(StandardCharsets.US_ASCII);
  }

  @Override
  public byte[] asQuotedUTF8() {
    return asUnquotedUTF8();
  }

  @Override
  public int appendQuotedUTF8(byte[] buffer, int offset) {
    return appendUnquotedUTF8(buffer, offset);
  }

  @Override
  public int appendQuoted(char[] buffer, int offset) {
    return appendUnquoted(buffer, offset);
  }

  @Override
  public int appendUnquoted(char[] buffer, int offset) {
    String text = getValue();
    if (text.length() > buffer.length - offset) {
      return -1;
    }
    text.getChars(0, text.length(), buffer, offset);
    return text.length();
  }

  @Override
  public int writeQuotedUTF8(OutputStream out) throws IOException {
    return writeUnquotedUTF8(out);
  }

  @Override
  public int writeUnquotedUTF8(OutputStream out) throws IOException {
    byte[] bytes = asUnquotedUTF8();
    out.write(bytes);
    return bytes.length;
  }

  @Override
  public int putQuotedUTF8(ByteBuffer buffer) {
    return putUnquotedUTF8(buffer);
  }

  @Override
  public int putUnquotedUTF8(ByteBuffer buffer) {
    byte[] bytes = asUnquotedUTF8();
    if (bytes.length > buffer.remaining()) {
      return -1;
    }
    buffer.put(bytes);
    return bytes.length;
  }

  @Override
  public String toString() {
    return getValue();
  }
}
