package io.shapeforge.runtime.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;

/**
 * Writes an {@link Instant} member with {@code @TimestampFormat(DATE_TIME)}: an RFC 3339 string in
 * UTC.
 */
public final class DateTimeSerializer extends StdSerializer<Instant> {
  private static final long serialVersionUID = 1L;

  public DateTimeSerializer() {
    super(Instant.class);
  }

  @Override
  public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider)
      throws IOException {
    generator.writeString(TimestampFormats.toDateTime(value));
  }
}
