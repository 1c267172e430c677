package io.shapeforge.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The integer-only epoch-seconds text against the {@code BigDecimal} rule it replaced, which is the
 * definition: truncated to the millisecond, trailing fraction zeros dropped, never an exponent.
 */
class EpochSecondsTextTest {

  /** Every {@code long} of milliseconds is an {@link Instant}. */
  @Property(tries = 5000)
  void isTheTextBigDecimalGivesForEveryMillisecond(@ForAll long millis) {
    assertEquals(
        reference(Instant.ofEpochMilli(millis)), EpochSecondsText.of(Instant.ofEpochMilli(millis)));
  }

  @Property(tries = 2000)
  void truncatesNanosecondsAsToEpochMilliDoes(
      @ForAll @LongRange(min = -100_000_000_000L, max = 100_000_000_000L) long seconds,
      @ForAll @IntRange(min = 0, max = 999_999_999) int nanos) {
    Instant value = Instant.ofEpochSecond(seconds, nanos);
    assertEquals(reference(value), EpochSecondsText.of(value));
  }

  @Example
  void writesWholeSecondsWithoutAFractionAndTheEpochAsZero() {
    assertEquals("1628102135", EpochSecondsText.of(Instant.ofEpochSecond(1628102135)));
    assertEquals("1628102135.145", EpochSecondsText.of(Instant.ofEpochMilli(1628102135145L)));
    assertEquals("1628102135.05", EpochSecondsText.of(Instant.ofEpochMilli(1628102135050L)));
    assertEquals("1628102135.005", EpochSecondsText.of(Instant.ofEpochMilli(1628102135005L)));
    assertEquals("0", EpochSecondsText.of(Instant.EPOCH));
    assertEquals("-0.001", EpochSecondsText.of(Instant.ofEpochMilli(-1)));
    assertEquals("-1.5", EpochSecondsText.of(Instant.ofEpochMilli(-1500)));
    assertEquals(
        "-9223372036854775.808", EpochSecondsText.of(Instant.ofEpochMilli(Long.MIN_VALUE)));
  }

  private static String reference(Instant value) {
    return BigDecimal.valueOf(value.toEpochMilli(), 3).stripTrailingZeros().toPlainString();
  }
}
