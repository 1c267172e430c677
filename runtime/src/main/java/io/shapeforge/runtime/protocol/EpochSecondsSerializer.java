package io.shapeforge.runtime.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;

/**
 * Writes an {@link Instant} the way awsJson1_1 does: epoch seconds as a JSON number with a
 * millisecond fraction, such as {@code 1628102135.145}. Whole seconds are written without a
 * fraction.
 */
public final class EpochSecondsSerializer extends StdSerializer<Instant> {
  private static final long serialVersionUID = 1L;

  public EpochSecondsSerializer() {
    super(Instant.class);
  }

  @Override
  public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider)
      throws IOException {
    EpochSecondsText.write(generator, value);
  }

  /**
   * The epoch seconds of an instant as JSON number text, truncated to milliseconds as AWS does:
   * {@code 1628102135.145}, or {@code 1628102135} for a whole second.
   */
  public static String toEpochSeconds(Instant value) {
    return EpochSecondsText.of(value);
  }
}
