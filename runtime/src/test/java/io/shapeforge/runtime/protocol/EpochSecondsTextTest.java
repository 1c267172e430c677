package io.shapeforge.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

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

  /**
   * A request may carry any instant Java has (up to {@link Instant#MAX}, as the decoders accept),
   * and echoing it must not fail: beyond the {@code long} of milliseconds the text is still exact.
   * Found by GeneratedJsonReaderTest, whose timestamp 31556889864403199 decoded and then could not
   * be written.
   */
  @Property(tries = 2000)
  void writesInstantsBeyondLongMillisecondsToo(
      @ForAll @LongRange(min = -31557014167219200L, max = 31556889864403199L) long seconds,
      @ForAll @IntRange(min = 0, max = 999_999_999) int nanos)
      throws IOException {
    Instant value = Instant.ofEpochSecond(seconds, nanos);
    assertEquals(reference(value), EpochSecondsText.of(value));
    assertEquals(reference(value), writtenByUtf8Generator(value));
  }

  @Example
  void writesTheEdgesOfInstant() throws IOException {
    assertEquals("31556889864403199.999", writtenByUtf8Generator(Instant.MAX));
    assertEquals("-31557014167219200", writtenByUtf8Generator(Instant.MIN));
    assertEquals(
        "9223372036854774.999",
        EpochSecondsText.of(Instant.ofEpochSecond(9223372036854774L, 999_999_999)));
    assertEquals("9223372036854775", EpochSecondsText.of(Instant.ofEpochSecond(9223372036854775L)));
  }

  private static String writtenByUtf8Generator(Instant value) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
      EpochSecondsText.write(json, value);
    }
    return out.toString(StandardCharsets.UTF_8);
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

  /**
   * On the UTF-8 generator the digits go into its own buffer; an array of many values crosses that
   * buffer's end at every offset, where the value falls back to a copy of its own.
   */
  @Property(tries = 200)
  void writesTheSameTextThroughTheUtf8GeneratorAtEveryBufferOffset(
      @ForAll @Size(min = 1, max = 1500) List<Long> millis) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
      json.writeStartArray();
      for (long value : millis) {
        EpochSecondsText.write(json, Instant.ofEpochMilli(value));
      }
      json.writeEndArray();
    }
    assertEquals(
        millis.stream()
            .map(value -> reference(Instant.ofEpochMilli(value)))
            .collect(Collectors.joining(",", "[", "]")),
        out.toString(StandardCharsets.UTF_8));
  }

  @Example
  void appendsOnlyWhereTheWholeTextFits() {
    SerializableString text = new EpochSecondsText(-1628102135145L);
    byte[] room = new byte[17];
    assertEquals(15, text.charLength());
    assertEquals(-1, text.appendUnquotedUTF8(room, 3));
    assertEquals(15, text.appendUnquotedUTF8(room, 2));
    assertEquals("-1628102135.145", new String(room, 2, 15, StandardCharsets.US_ASCII));
    assertEquals("-1628102135.145", text.getValue());
  }

  /**
   * Databind's {@code TokenBuffer} ({@code convertValue}) keeps a number, not a raw embedded value,
   * and a generator told to quote numbers quotes this one.
   */
  @Example
  void otherGeneratorsGetANumberToken() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    TokenBuffer tokens = new TokenBuffer(mapper, false);
    EpochSecondsText.write(tokens, Instant.ofEpochMilli(1628102135145L));
    JsonNode node = mapper.readTree(tokens.asParser());
    assertTrue(node.isNumber(), node.toString());
    assertEquals("1628102135.145", node.decimalValue().toPlainString());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonFactory quoting =
        JsonFactory.builder().enable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS).build();
    try (JsonGenerator json = quoting.createGenerator(out, JsonEncoding.UTF8)) {
      EpochSecondsText.write(json, Instant.ofEpochMilli(-1500));
    }
    assertEquals("\"-1.5\"", out.toString(StandardCharsets.UTF_8));
  }

  /** Seconds plus the millisecond the instant is in: {@code toEpochMilli} where that fits. */
  private static String reference(Instant value) {
    return BigDecimal.valueOf(value.getEpochSecond())
        .add(BigDecimal.valueOf(value.getNano() / 1_000_000, 3))
        .stripTrailingZeros()
        .toPlainString();
  }
}
