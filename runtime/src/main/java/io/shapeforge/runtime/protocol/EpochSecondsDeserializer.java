package io.shapeforge.runtime.protocol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * Reads an awsJson1_1 timestamp: epoch seconds as a JSON number, with an optional fraction kept to
 * the millisecond. Any other JSON type is a wrong-type error, which the protocol answers with
 * {@code SerializationException}.
 */
public final class EpochSecondsDeserializer extends StdScalarDeserializer<Instant> {
  private static final long serialVersionUID = 1L;

  /** Instants Java can represent: about ±31 billion years, far beyond any real timestamp. */
  private static final BigDecimal MIN_SECONDS = BigDecimal.valueOf(Instant.MIN.getEpochSecond());

  private static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(Instant.MAX.getEpochSecond());

  public EpochSecondsDeserializer() {
    super(Instant.class);
  }

  @Override
  public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      return Instant.ofEpochSecond(parser.getLongValue());
    }
    if (token == JsonToken.VALUE_NUMBER_FLOAT) {
      BigDecimal seconds = parser.getDecimalValue();
      if (!inRange(seconds)) {
        return (Instant)
            context.handleWeirdNumberValue(Instant.class, seconds, "timestamp out of range");
      }
      return ofSeconds(seconds);
    }
    return (Instant) context.handleUnexpectedToken(Instant.class, parser);
  }

  /** Whether {@code seconds} is within the instants Java can represent. */
  static boolean inRange(BigDecimal seconds) {
    return seconds.compareTo(MIN_SECONDS) >= 0 && seconds.compareTo(MAX_SECONDS) <= 0;
  }

  /**
   * {@code seconds}, {@linkplain #inRange in range}, as an instant, its fraction kept to the
   * millisecond; shared with the generated readers ({@code JsonReads.epochSeconds}).
   *
   * @throws ArithmeticException when the instant has no {@code long} of milliseconds
   */
  static Instant ofSeconds(BigDecimal seconds) {
    long millis = seconds.movePointRight(3).setScale(0, RoundingMode.FLOOR).longValueExact();
    return Instant.ofEpochMilli(millis);
  }
}
