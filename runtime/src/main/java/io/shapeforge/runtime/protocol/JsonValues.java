package io.shapeforge.runtime.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import io.shapeforge.runtime.value.Blob;
import io.shapeforge.runtime.value.Document;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Writes one JSON value of each kind a model holds, {@code null} as JSON {@code null} (a
 * {@code @Sparse} list or map keeps its nulls): the {@link JsonValueWriter}s generated {@link
 * JsonWritable#writeJson} code passes for list elements and map values. Each writes exactly what
 * Jackson databind writes for the same value under {@link JsonCodec}'s mapper.
 */
public final class JsonValues {
  private JsonValues() {}

  public static void string(JsonGenerator json, String value) throws IOException {
    json.writeString(value); // writes null for null
  }

  public static void bool(JsonGenerator json, Boolean value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else {
      json.writeBoolean(value);
    }
  }

  /** A {@code Byte}, {@code Short} or {@code Integer}. */
  public static void integer(JsonGenerator json, Number value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else {
      json.writeNumber(value.intValue());
    }
  }

  public static void longInteger(JsonGenerator json, Long value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else {
      json.writeNumber(value.longValue());
    }
  }

  /** {@code NaN} and the infinities as the strings {@code "NaN"}, {@code "Infinity"}. */
  public static void floatNumber(JsonGenerator json, Float value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else {
      json.writeNumber(value.floatValue());
    }
  }

  /** {@code NaN} and the infinities as the strings {@code "NaN"}, {@code "Infinity"}. */
  public static void doubleNumber(JsonGenerator json, Double value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else {
      json.writeNumber(value.doubleValue());
    }
  }

  public static void bigInteger(JsonGenerator json, BigInteger value) throws IOException {
    json.writeNumber(value); // writes null for null
  }

  public static void bigDecimal(JsonGenerator json, BigDecimal value) throws IOException {
    json.writeNumber(value); // writes null for null
  }

  /** Epoch seconds with a millisecond fraction, such as {@code 1628102135.145}. */
  public static void epochSeconds(JsonGenerator json, Instant value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else {
      EpochSecondsText.write(json, value);
    }
  }

  /** {@code @TimestampFormat(DATE_TIME)}: an RFC 3339 string in UTC. */
  public static void dateTime(JsonGenerator json, Instant value) throws IOException {
    json.writeString(value == null ? null : TimestampFormats.toDateTime(value));
  }

  /** {@code @TimestampFormat(HTTP_DATE)}: an IMF-fixdate string. */
  public static void httpDate(JsonGenerator json, Instant value) throws IOException {
    json.writeString(value == null ? null : TimestampFormats.toHttpDate(value));
  }

  /** Base64, as {@link Blob#asBase64()}. */
  public static void blob(JsonGenerator json, Blob value) throws IOException {
    json.writeString(value == null ? null : value.asBase64());
  }

  /** Any JSON value; a {@link Document#fromNull() null document} and {@code null} alike. */
  public static void document(JsonGenerator json, Document value) throws IOException {
    if (value == null) {
      json.writeNull();
      return;
    }
    switch (value.kind()) {
      case NULL -> json.writeNull();
      case BOOLEAN -> json.writeBoolean(value.asBoolean());
      case NUMBER -> json.writeNumber(value.asNumber());
      case STRING -> json.writeString(value.asString());
      case LIST -> list(json, value.asList(), JsonValues::document);
      case MAP -> map(json, value.asMap(), JsonValues::document);
    }
  }

  /** A structure or union. */
  public static void object(JsonGenerator json, JsonWritable value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else {
      value.writeJson(json);
    }
  }

  public static <T> void list(
      JsonGenerator json, List<T> values, JsonValueWriter<? super T> element) throws IOException {
    if (values == null) {
      json.writeNull();
      return;
    }
    json.writeStartArray(values, values.size());
    for (T value : values) {
      element.write(json, value);
    }
    json.writeEndArray();
  }

  /** An object whose members are the map's entries, in the map's order. */
  public static <T> void map(
      JsonGenerator json, Map<String, T> values, JsonValueWriter<? super T> value)
      throws IOException {
    if (values == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject(values, values.size());
    for (Map.Entry<String, T> entry : values.entrySet()) {
      json.writeFieldName(entry.getKey());
      value.write(json, entry.getValue());
    }
    json.writeEndObject();
  }
}
