package io.shapeforge.runtime.protocol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.shapeforge.runtime.value.Blob;
import io.shapeforge.runtime.value.Document;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one JSON value of each kind a model holds, the parser on the value's first token: the
 * shape-independent half of a generated model's {@code readJson}, which is one call per member.
 * JSON {@code null} reads as {@code null}, which a member takes as absent and a list or map keeps.
 *
 * <p>Each reader accepts exactly what {@link JsonCodec}'s databind mapper accepts for the same Java
 * type, through the same {@link JsonParser} accessors (so a number out of range fails inside
 * Jackson as it does there), and refuses the rest with the message {@link DecodeFailures} gives
 * databind's failure: {@code Expected a 32-bit integer but found a string at '$.MaxResults'}. A
 * differential test ({@code GeneratedJsonReaderTest}) holds the two paths to the same result.
 *
 * <pre>{@code
 * for (String member = JsonReads.nextMember(json); member != null;
 *     member = JsonReads.nextMember(json)) {
 *   switch (member) {
 *     case "MaxResults" -> builder.maxResults = JsonReads.integer(json);
 *     case "Filters" -> builder.filters = JsonReads.list(json, Filter::readJson);
 *     default -> JsonReads.unknownMember(json);
 *   }
 * }
 * }</pre>
 */
public final class JsonReads {
  private JsonReads() {}

  /**
   * Whether the parser, on a structure's value token, has an object to read: {@code false} for
   * {@code null}; anything but an object is refused. A generated {@code readJson} starts with it.
   */
  public static boolean startObject(JsonParser json, Class<?> type) throws IOException {
    JsonToken token = json.currentToken();
    if (token == JsonToken.START_OBJECT) {
      return true;
    }
    if (token == JsonToken.VALUE_NULL) {
      return false;
    }
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      // Databind's bean deserializer looks for a creator taking the number as parsed, not its
      // text, so the number's parse is what may fail first (out of range), as there.
      readNumberAsCreatorWould(json);
      throw DecodeFailures.at(
          "Expected " + DecodeFailures.typeName(type) + " but found " + tokenName(json),
          path(json));
    }
    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
      throw DecodeFailures.at(
          "Expected " + DecodeFailures.typeName(type) + " but found a boolean", path(json));
    }
    throw mismatch(json, type);
  }

  private static void readNumberAsCreatorWould(JsonParser json) throws IOException {
    switch (json.getNumberType()) {
      case INT -> json.getIntValue();
      case LONG -> json.getLongValue();
      case BIG_INTEGER -> json.getBigIntegerValue();
      case BIG_DECIMAL -> json.getDecimalValue();
      default -> json.getDoubleValue();
    }
  }

  /**
   * The name of the next member of the object the parser is in, the parser moved onto its value;
   * {@code null} at the object's end.
   */
  public static String nextMember(JsonParser json) throws IOException {
    if (json.nextToken() != JsonToken.FIELD_NAME) {
      return null; // END_OBJECT: a truncated or malformed body fails inside the parser
    }
    String name = json.currentName();
    json.nextToken();
    return name;
  }

  /**
   * A member the model does not declare, the parser on its value: skipped, value and all, unless
   * the codec was built with {@code rejectUnknownMembers(true)}; then refused, with the path of the
   * object that holds it, as databind refuses it.
   */
  public static void unknownMember(JsonParser json) throws IOException {
    if (json instanceof BoundedJsonParser bounded && bounded.refusesUnknownMembers()) {
      JsonStreamContext value = json.getParsingContext();
      JsonStreamContext object = json.currentToken().isStructStart() ? value.getParent() : value;
      throw DecodeFailures.at(
          "Unknown member '" + object.getCurrentName() + "'", JsonPaths.of(object.getParent()));
    }
    json.skipChildren();
  }

  public static String string(JsonParser json) throws IOException {
    JsonToken token = json.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      return text(json);
    }
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    throw mismatch(json, String.class);
  }

  public static Boolean bool(JsonParser json) throws IOException {
    JsonToken token = json.currentToken();
    if (token == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    if (token == JsonToken.VALUE_FALSE) {
      return Boolean.FALSE;
    }
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    throw mismatch(json, Boolean.class);
  }

  /** Jackson's own range for a byte, -128 to 255, as databind reads it. */
  public static Byte byteInteger(JsonParser json) throws IOException {
    return wholeNumber(json, Byte.class) ? json.getByteValue() : null;
  }

  public static Short shortInteger(JsonParser json) throws IOException {
    return wholeNumber(json, Short.class) ? json.getShortValue() : null;
  }

  public static Integer integer(JsonParser json) throws IOException {
    return wholeNumber(json, Integer.class) ? json.getIntValue() : null;
  }

  public static Long longInteger(JsonParser json) throws IOException {
    return wholeNumber(json, Long.class) ? json.getLongValue() : null;
  }

  public static BigInteger bigInteger(JsonParser json) throws IOException {
    return wholeNumber(json, BigInteger.class) ? json.getBigIntegerValue() : null;
  }

  /**
   * A number, or one of the strings {@code NaN}, {@code Infinity}, {@code INF}, {@code -Infinity},
   * {@code -INF}, which databind always accepts for a floating-point type.
   */
  public static Float floatNumber(JsonParser json) throws IOException {
    if (number(json, Float.class)) {
      return json.getFloatValue();
    }
    if (json.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    double special = specialFloatingPoint(json, Float.class);
    return (float) special;
  }

  /** As {@link #floatNumber}. */
  public static Double doubleNumber(JsonParser json) throws IOException {
    if (number(json, Double.class)) {
      return json.getDoubleValue();
    }
    if (json.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    return specialFloatingPoint(json, Double.class);
  }

  public static BigDecimal bigDecimal(JsonParser json) throws IOException {
    if (number(json, BigDecimal.class)) {
      return json.getDecimalValue();
    }
    if (json.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    throw mismatch(json, BigDecimal.class);
  }

  /** Epoch seconds, a fraction kept to the millisecond: as {@link EpochSecondsDeserializer}. */
  public static Instant epochSeconds(JsonParser json) throws IOException {
    JsonToken token = json.currentToken();
    try {
      if (token == JsonToken.VALUE_NUMBER_INT) {
        return Instant.ofEpochSecond(json.getLongValue());
      }
      if (token == JsonToken.VALUE_NUMBER_FLOAT) {
        BigDecimal seconds = json.getDecimalValue();
        if (!EpochSecondsDeserializer.inRange(seconds)) {
          throw DecodeFailures.at("Timestamp is out of range", path(json));
        }
        return EpochSecondsDeserializer.ofSeconds(seconds);
      }
    } catch (ArithmeticException | DateTimeException e) {
      // Inside Java's range of seconds but not of milliseconds, or the reverse: databind wraps
      // what the deserializer threw, and DecodeFailures has no better word for it.
      throw DecodeFailures.at("Value cannot be read", path(json));
    }
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    throw mismatch(json, Instant.class);
  }

  /** {@code @TimestampFormat(DATE_TIME)}: an RFC 3339 string. */
  public static Instant dateTime(JsonParser json) throws IOException {
    String text = timestampText(json);
    return text == null ? null : timestamp(json, TimestampFormats.parseDateTime(text));
  }

  /** {@code @TimestampFormat(HTTP_DATE)}: an IMF-fixdate string. */
  public static Instant httpDate(JsonParser json) throws IOException {
    String text = timestampText(json);
    return text == null ? null : timestamp(json, TimestampFormats.parseHttpDate(text));
  }

  /** Standard base64 in a string. */
  public static Blob blob(JsonParser json) throws IOException {
    String text = string(json, Blob.class);
    if (text == null) {
      return null;
    }
    try {
      return Blob.fromBase64(text);
    } catch (IllegalArgumentException e) {
      throw mismatch(json, Blob.class);
    }
  }

  /**
   * Any JSON value, numbers as {@link BigDecimal} straight from their text; {@code null} inside it
   * is the null document, but a member's {@code null} is absent (as {@code Document}'s own
   * deserializer). Its arrays and objects are {@linkplain JsonPaths#markOpaque opaque}: databind
   * reads a document as one value.
   */
  public static Document document(JsonParser json) throws IOException {
    if (json.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    return anyValue(json);
  }

  private static Document anyValue(JsonParser json) throws IOException {
    JsonToken token = json.currentToken();
    switch (token) {
      case VALUE_NULL:
        return Document.fromNull();
      case VALUE_TRUE:
        return Document.fromBoolean(true);
      case VALUE_FALSE:
        return Document.fromBoolean(false);
      case VALUE_NUMBER_INT:
        return Document.fromNumber(new BigDecimal(json.getBigIntegerValue()));
      case VALUE_NUMBER_FLOAT:
        return Document.fromNumber(json.getDecimalValue());
      case VALUE_STRING:
        return Document.fromString(text(json));
      case START_ARRAY:
        {
          JsonPaths.markOpaque(json);
          List<Document> elements = new ArrayList<>();
          while (json.nextToken() != JsonToken.END_ARRAY) {
            elements.add(anyValue(json));
          }
          return Document.fromList(elements);
        }
      case START_OBJECT:
        {
          JsonPaths.markOpaque(json);
          Map<String, Document> entries = new LinkedHashMap<>();
          for (String key = nextMember(json); key != null; key = nextMember(json)) {
            entries.put(key, anyValue(json));
          }
          return Document.fromMap(entries);
        }
      default:
        throw mismatch(json, Document.class);
    }
  }

  /**
   * An unmodifiable list, {@code null} elements kept (a dense list's are refused by validation).
   */
  public static <T> List<T> list(JsonParser json, JsonValueReader<? extends T> element)
      throws IOException {
    JsonToken token = json.currentToken();
    if (token != JsonToken.START_ARRAY) {
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      throw mismatch(json, List.class);
    }
    List<T> values = new ArrayList<>();
    while (json.nextToken() != JsonToken.END_ARRAY) {
      values.add(element.read(json));
    }
    return Collections.unmodifiableList(values);
  }

  /**
   * An unmodifiable map in wire order, {@code null} values kept. The object is {@linkplain
   * JsonPaths#markOpaque opaque}, as databind's map deserializer does not add a key to the path of
   * a parser failure.
   */
  public static <T> Map<String, T> map(JsonParser json, JsonValueReader<? extends T> value)
      throws IOException {
    JsonToken token = json.currentToken();
    if (token != JsonToken.START_OBJECT) {
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      throw mismatch(json, Map.class);
    }
    JsonPaths.markOpaque(json);
    Map<String, T> values = new LinkedHashMap<>();
    for (String key = nextMember(json); key != null; key = nextMember(json)) {
      values.put(key, value.read(json));
    }
    return Collections.unmodifiableMap(values);
  }

  private static boolean wholeNumber(JsonParser json, Class<?> type) throws IOException {
    JsonToken token = json.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      return true;
    }
    if (token == JsonToken.VALUE_NULL) {
      return false;
    }
    throw mismatch(json, type);
  }

  /** Whether the parser is on a number; {@code false} for {@code null} and strings. */
  private static boolean number(JsonParser json, Class<?> type) throws IOException {
    JsonToken token = json.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      return true;
    }
    if (token == JsonToken.VALUE_NULL || token == JsonToken.VALUE_STRING) {
      return false;
    }
    throw mismatch(json, type);
  }

  private static double specialFloatingPoint(JsonParser json, Class<?> type) throws IOException {
    switch (text(json)) {
      case "NaN":
        return Double.NaN;
      case "Infinity", "INF":
        return Double.POSITIVE_INFINITY;
      case "-Infinity", "-INF":
        return Double.NEGATIVE_INFINITY;
      default:
        throw mismatch(json, type);
    }
  }

  private static String timestampText(JsonParser json) throws IOException {
    return string(json, Instant.class);
  }

  private static Instant timestamp(JsonParser json, Optional<Instant> parsed) throws IOException {
    if (parsed.isEmpty()) {
      throw mismatch(json, Instant.class);
    }
    return parsed.get();
  }

  /** A string for a member of {@code type}; {@code null} for {@code null}. */
  private static String string(JsonParser json, Class<?> type) throws IOException {
    JsonToken token = json.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      return text(json);
    }
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    throw mismatch(json, type);
  }

  /**
   * Jackson reads a string's text only when asked, so this is where a too long or truncated string
   * fails, as it does under databind.
   */
  private static String text(JsonParser json) throws IOException {
    return json.getText();
  }

  /**
   * Refuses the value the parser is on. Databind reads a scalar's text before it refuses it, and
   * that read is where a truncated string or a text beyond the string limit fails first (a number
   * of more digits than the string limit included): so does this.
   */
  private static SerializationException mismatch(JsonParser json, Class<?> type)
      throws IOException {
    JsonToken token = json.currentToken();
    if (token != null && token.isScalarValue()) {
      text(json);
    }
    return DecodeFailures.at(
        "Expected " + DecodeFailures.typeName(type) + " but found " + tokenName(json), path(json));
  }

  private static String tokenName(JsonParser json) {
    return DecodeFailures.tokenName(json.currentToken());
  }

  /** Where the value the parser is on sits, as databind names it in a failure. */
  private static String path(JsonParser json) {
    return JsonPaths.of(valueContext(json));
  }

  /**
   * The context naming the current value: on a {@code [} or <code>{</code> the parser is already
   * inside the new container, whose own position ({@code [0]}) is not yet the value's.
   */
  private static JsonStreamContext valueContext(JsonParser json) {
    JsonStreamContext context = json.getParsingContext();
    JsonToken token = json.currentToken();
    return token != null && token.isStructStart() ? context.getParent() : context;
  }
}
