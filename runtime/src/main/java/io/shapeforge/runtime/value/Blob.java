package io.shapeforge.runtime.value;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;

/**
 * The bytes of a Smithy {@code blob}: immutable, unlike {@code byte[]}, so a model stays immutable
 * and {@code equals} compares contents. On the wire (awsJson1_1) a blob is a JSON string in
 * standard base64 with padding (RFC 4648 section 4).
 *
 * <pre>{@code
 * Blob payload = Blob.of("hello".getBytes(StandardCharsets.UTF_8));
 * payload.asBase64();    // "aGVsbG8="
 * payload.asByteArray(); // a fresh copy
 * }</pre>
 */
@JsonSerialize(using = Blob.Serializer.class)
@JsonDeserialize(using = Blob.Deserializer.class)
public final class Blob {

  private static final Blob EMPTY = new Blob(new byte[0]);

  private final byte[] bytes;

  private Blob(byte[] bytes) {
    this.bytes = bytes;
  }

  /** A blob holding a copy of {@code bytes}. */
  public static Blob of(byte[] bytes) {
    return bytes.length == 0 ? EMPTY : new Blob(bytes.clone());
  }

  /** The empty blob. */
  public static Blob empty() {
    return EMPTY;
  }

  /**
   * The blob that standard base64 text encodes.
   *
   * @throws IllegalArgumentException if {@code base64} is not standard base64
   */
  public static Blob fromBase64(String base64) {
    return of(Base64.getDecoder().decode(base64));
  }

  /** A copy of the bytes. */
  public byte[] asByteArray() {
    return bytes.clone();
  }

  /** The bytes in standard base64 with padding, as they travel. */
  public String asBase64() {
    return Base64.getEncoder().encodeToString(bytes);
  }

  /** The number of bytes; what {@code @Length} bounds. */
  public int size() {
    return bytes.length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Blob that && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  /** The size only: a blob may hold anything, and a log line is no place for it. */
  @Override
  public String toString() {
    return "Blob(" + bytes.length + " bytes)";
  }

  /** Writes a blob as its base64 string. */
  static final class Serializer extends StdSerializer<Blob> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(Blob.class);
    }

    @Override
    public void serialize(Blob value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      generator.writeString(value.asBase64());
    }
  }

  /**
   * Reads a blob from a base64 string. Any other JSON type, or text that is not standard base64, is
   * a decode failure (the protocol answers {@code SerializationException}).
   */
  static final class Deserializer extends StdScalarDeserializer<Blob> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(Blob.class);
    }

    @Override
    public Blob deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        return (Blob) context.handleUnexpectedToken(Blob.class, parser);
      }
      String text = parser.getText();
      try {
        return fromBase64(text);
      } catch (IllegalArgumentException e) {
        return (Blob)
            context.handleWeirdStringValue(Blob.class, text, "not base64: %s", e.getMessage());
      }
    }
  }
}
