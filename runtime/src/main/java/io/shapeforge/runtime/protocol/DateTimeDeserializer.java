package io.shapeforge.runtime.protocol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads an {@link Instant} member with {@code @TimestampFormat(DATE_TIME)}: an RFC 3339 string. Any
 * other JSON type or text is a decode failure.
 */
public final class DateTimeDeserializer extends StdScalarDeserializer<Instant> {
  private static final long serialVersionUID = 1L;

  public DateTimeDeserializer() {
    super(Instant.class);
  }

  @Override
  public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      return (Instant) context.handleUnexpectedToken(Instant.class, parser);
    }
    String text = parser.getText();
    Optional<Instant> parsed = TimestampFormats.parseDateTime(text);
    return parsed.isPresent()
        ? parsed.get()
        : (Instant)
            context.handleWeirdStringValue(Instant.class, text, "not an RFC 3339 date-time");
  }
}
