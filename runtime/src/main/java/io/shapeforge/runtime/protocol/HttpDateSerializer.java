package io.shapeforge.runtime.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;

/**
 * Writes an {@link Instant} member with {@code @TimestampFormat(HTTP_DATE)}: an IMF-fixdate string.
 */
public final class HttpDateSerializer extends StdSerializer<Instant> {
  private static final long serialVersionUID = 1L;

  public HttpDateSerializer() {
    super(Instant.class);
  }

  @Override
  public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider)
      throws IOException {
    generator.writeString(TimestampFormats.toHttpDate(value));
  }
}
