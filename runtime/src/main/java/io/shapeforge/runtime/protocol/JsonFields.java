package io.shapeforge.runtime.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import io.shapeforge.runtime.value.Blob;
import io.shapeforge.runtime.value.Document;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Writes one member of a structure, by wire name, and nothing at all when the member is absent
 * ({@code null}), as {@link JsonCodec}'s mapper does: the shape-independent half of generated
 * {@link JsonWritable#writeJson} code, which is one call per member.
 *
 * <p>The wire name is a {@link SerializableString}, a constant of the model class: its quoted UTF-8
 * bytes are computed once, so the generator copies them instead of escaping and encoding the name
 * on every write (databind does the same with its pre-encoded property names; with plain {@code
 * String} names the generated writer was no faster than databind).
 *
 * <pre>{@code
 * private static final SerializedString START_TIME_WIRE_NAME = new SerializedString("StartTime");
 * ...
 * json.writeStartObject();
 * JsonFields.epochSeconds(json, START_TIME_WIRE_NAME, startTime);
 * JsonFields.list(json, FILTERS_WIRE_NAME, filters, JsonValues::object);
 * json.writeEndObject();
 * }</pre>
 */
public final class JsonFields {
  private JsonFields() {}

  public static void string(JsonGenerator json, SerializableString name, String value)
      throws IOException {
    if (value != null) {
      json.writeFieldName(name);
      json.writeString(value);
    }
  }

  public static void bool(JsonGenerator json, SerializableString name, Boolean value)
      throws IOException {
    if (value != null) {
      json.writeFieldName(name);
      json.writeBoolean(value);
    }
  }

  /** A {@code Byte}, {@code Short} or {@code Integer}. */
  public static void integer(JsonGenerator json, SerializableString name, Number value)
      throws IOException {
    if (value != null) {
      json.writeFieldName(name);
      json.writeNumber(value.intValue());
    }
  }

  public static void longInteger(JsonGenerator json, SerializableString name, Long value)
      throws IOException {
    if (value != null) {
      json.writeFieldName(name);
      json.writeNumber(value.longValue());
    }
  }

  public static void floatNumber(JsonGenerator json, SerializableString name, Float value)
      throws IOException {
    if (value != null) {
      json.writeFieldName(name);
      json.writeNumber(value.floatValue());
    }
  }

  public static void doubleNumber(JsonGenerator json, SerializableString name, Double value)
      throws IOException {
    if (value != null) {
      json.writeFieldName(name);
      json.writeNumber(value.doubleValue());
    }
  }

  public static void bigInteger(JsonGenerator json, SerializableString name, BigInteger value)
      throws IOException {
    if (value != null) {
      json.writeFieldName(name);
      json.writeNumber(value);
    }
  }

  public static void bigDecimal(JsonGenerator json, SerializableString name, BigDecimal value)
      throws IOException {
    if (value != null) {
      json.writeFieldName(name);
      json.writeNumber(value);
    }
  }

  /** Epoch seconds with a millisecond fraction, such as {@code 1628102135.145}. */
  public static void epochSeconds(JsonGenerator json, SerializableString name, Instant value)
      throws IOException {
    if (value != null) {
      json.writeFieldName(name);
      EpochSecondsText.write(json, value);
    }
  }

  /** {@code @TimestampFormat(DATE_TIME)}: an RFC 3339 string in UTC. */
  public static void dateTime(JsonGenerator json, SerializableString name, Instant value)
      throws IOException {
    if (value != null) {
      json.writeFieldName(name);
      json.writeString(TimestampFormats.toDateTime(value));
    }
  }

  /** {@code @TimestampFormat(HTTP_DATE)}: an IMF-fixdate string. */
  public static void httpDate(JsonGenerator json, SerializableString name, Instant value)
      throws IOException {
    if (value != null) {
      json.writeFieldName(name);
      json.writeString(TimestampFormats.toHttpDate(value));
    }
  }

  public static void blob(JsonGenerator json, SerializableString name, Blob value)
      throws IOException {
    if (value != null) {
      json.writeFieldName(name);
      json.writeString(value.asBase64());
    }
  }

  public static void document(JsonGenerator json, SerializableString name, Document value)
      throws IOException {
    if (value != null) {
      json.writeFieldName(name);
      JsonValues.document(json, value);
    }
  }

  /** A structure or union member. */
  public static void object(JsonGenerator json, SerializableString name, JsonWritable value)
      throws IOException {
    if (value != null) {
      json.writeFieldName(name);
      value.writeJson(json);
    }
  }

  public static <T> void list(
      JsonGenerator json,
      SerializableString name,
      List<T> values,
      JsonValueWriter<? super T> element)
      throws IOException {
    if (values != null) {
      json.writeFieldName(name);
      JsonValues.list(json, values, element);
    }
  }

  public static <T> void map(
      JsonGenerator json,
      SerializableString name,
      Map<String, T> values,
      JsonValueWriter<? super T> value)
      throws IOException {
    if (values != null) {
      json.writeFieldName(name);
      JsonValues.map(json, values, value);
    }
  }
}
