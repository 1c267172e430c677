package io.shapeforge.runtime.value;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Smithy {@code document}: any JSON value, immutable. It is one of null, a boolean, a number, a
 * string, a list of documents or a map from strings to documents, as in the AWS SDK for Java v2.
 *
 * <p>Numbers are kept as {@link BigDecimal}, so no digit is lost on the way in or out, and two
 * numbers are equal when their values are ({@code 1.0} equals {@code 1}). Map entries keep the
 * order they were read or given in.
 *
 * <pre>{@code
 * Document doc = Document.fromMap(Map.of("size", Document.fromNumber(3)));
 * doc.asMap().get("size").asNumber(); // 3
 * doc.toString();                     // {"size":3}
 * }</pre>
 */
@JsonSerialize(using = Document.Serializer.class)
@JsonDeserialize(using = Document.Deserializer.class)
public final class Document {

  /** What a document holds. */
  public enum Kind {
    NULL,
    BOOLEAN,
    NUMBER,
    STRING,
    LIST,
    MAP
  }

  private static final Document NULL = new Document(Kind.NULL, null);
  private static final Document TRUE = new Document(Kind.BOOLEAN, Boolean.TRUE);
  private static final Document FALSE = new Document(Kind.BOOLEAN, Boolean.FALSE);

  private final Kind kind;
  private final Object value;

  private Document(Kind kind, Object value) {
    this.kind = kind;
    this.value = value;
  }

  /** The JSON {@code null}. */
  public static Document fromNull() {
    return NULL;
  }

  /** A boolean. */
  public static Document fromBoolean(boolean value) {
    return value ? TRUE : FALSE;
  }

  /** A number. */
  public static Document fromNumber(BigDecimal value) {
    return new Document(Kind.NUMBER, Objects.requireNonNull(value, "value"));
  }

  /** A whole number. */
  public static Document fromNumber(long value) {
    return fromNumber(BigDecimal.valueOf(value));
  }

  /** A string. */
  public static Document fromString(String value) {
    return new Document(Kind.STRING, Objects.requireNonNull(value, "value"));
  }

  /** A list; a {@code null} element becomes {@link #fromNull()}. */
  public static Document fromList(List<Document> values) {
    List<Document> copy = new ArrayList<>(values.size());
    values.forEach(element -> copy.add(element == null ? NULL : element));
    return new Document(Kind.LIST, Collections.unmodifiableList(copy));
  }

  /**
   * A map, in the iteration order of {@code values}; a {@code null} value becomes {@link
   * #fromNull()}.
   */
  public static Document fromMap(Map<String, Document> values) {
    Map<String, Document> copy = new LinkedHashMap<>();
    values.forEach(
        (key, element) ->
            copy.put(Objects.requireNonNull(key, "key"), element == null ? NULL : element));
    return new Document(Kind.MAP, Collections.unmodifiableMap(copy));
  }

  /** What this document holds. */
  public Kind kind() {
    return kind;
  }

  /** Whether this is the JSON {@code null}. */
  public boolean isNull() {
    return kind == Kind.NULL;
  }

  /** The boolean; fails unless {@link #kind()} is {@code BOOLEAN}. */
  public boolean asBoolean() {
    return (Boolean) expect(Kind.BOOLEAN);
  }

  /** The number; fails unless {@link #kind()} is {@code NUMBER}. */
  public BigDecimal asNumber() {
    return (BigDecimal) expect(Kind.NUMBER);
  }

  /** The string; fails unless {@link #kind()} is {@code STRING}. */
  public String asString() {
    return (String) expect(Kind.STRING);
  }

  /** The elements, unmodifiable; fails unless {@link #kind()} is {@code LIST}. */
  @SuppressWarnings("unchecked")
  public List<Document> asList() {
    return (List<Document>) expect(Kind.LIST);
  }

  /** The entries, unmodifiable; fails unless {@link #kind()} is {@code MAP}. */
  @SuppressWarnings("unchecked")
  public Map<String, Document> asMap() {
    return (Map<String, Document>) expect(Kind.MAP);
  }

  private Object expect(Kind expected) {
    if (kind != expected) {
      throw new IllegalStateException("the document is a " + kind + ", not a " + expected);
    }
    return value;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Document that) || kind != that.kind) {
      return false;
    }
    if (kind == Kind.NUMBER) {
      return asNumber().compareTo(that.asNumber()) == 0;
    }
    return Objects.equals(value, that.value);
  }

  @Override
  public int hashCode() {
    if (kind == Kind.NUMBER) {
      BigDecimal number = asNumber();
      return number.signum() == 0 ? 0 : number.stripTrailingZeros().hashCode();
    }
    return Objects.hash(kind, value);
  }

  /** The document as compact JSON text. */
  @Override
  public String toString() {
    StringBuilder json = new StringBuilder();
    appendJson(json);
    return json.toString();
  }

  private void appendJson(StringBuilder json) {
    switch (kind) {
      case NULL -> json.append("null");
      case BOOLEAN, NUMBER -> json.append(value);
      case STRING -> appendString(json, asString());
      case LIST -> {
        json.append('[');
        String separator = "";
        for (Document element : asList()) {
          json.append(separator);
          element.appendJson(json);
          separator = ",";
        }
        json.append(']');
      }
      case MAP -> {
        json.append('{');
        String separator = "";
        for (Map.Entry<String, Document> entry : asMap().entrySet()) {
          json.append(separator);
          appendString(json, entry.getKey());
          json.append(':');
          entry.getValue().appendJson(json);
          separator = ",";
        }
        json.append('}');
      }
    }
  }

  private static void appendString(StringBuilder json, String text) {
    json.append('"');
    JsonStringEncoder.getInstance().quoteAsString(text, json);
    json.append('"');
  }

  /** Writes a document as the JSON value it holds. */
  static final class Serializer extends StdSerializer<Document> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(Document.class);
    }

    @Override
    public void serialize(Document document, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      switch (document.kind) {
        case NULL -> generator.writeNull();
        case BOOLEAN -> generator.writeBoolean(document.asBoolean());
        case NUMBER -> generator.writeNumber(document.asNumber());
        case STRING -> generator.writeString(document.asString());
        case LIST -> {
          generator.writeStartArray();
          for (Document element : document.asList()) {
            serialize(element, generator, provider);
          }
          generator.writeEndArray();
        }
        case MAP -> {
          generator.writeStartObject();
          for (Map.Entry<String, Document> entry : document.asMap().entrySet()) {
            generator.writeFieldName(entry.getKey());
            serialize(entry.getValue(), generator, provider);
          }
          generator.writeEndObject();
        }
      }
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, Document value) {
      return false;
    }
  }

  /**
   * Reads any JSON value token by token, numbers as {@link BigDecimal} straight from their text, so
   * a 40-digit number survives (a {@code JsonNode} would round it through {@code double}).
   */
  static final class Deserializer extends StdDeserializer<Document> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(Document.class);
    }

    @Override
    public Document deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      JsonToken token = parser.currentToken();
      switch (token) {
        case VALUE_NULL:
          return NULL;
        case VALUE_TRUE:
          return TRUE;
        case VALUE_FALSE:
          return FALSE;
        case VALUE_NUMBER_INT:
          return fromNumber(new BigDecimal(parser.getBigIntegerValue()));
        case VALUE_NUMBER_FLOAT:
          return fromNumber(parser.getDecimalValue());
        case VALUE_STRING:
          return fromString(parser.getText());
        case START_ARRAY:
          {
            List<Document> elements = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
              elements.add(deserialize(parser, context));
            }
            return new Document(Kind.LIST, Collections.unmodifiableList(elements));
          }
        case START_OBJECT:
        case FIELD_NAME:
          {
            Map<String, Document> entries = new LinkedHashMap<>();
            if (token == JsonToken.START_OBJECT) {
              token = parser.nextToken();
            }
            while (token == JsonToken.FIELD_NAME) {
              String key = parser.currentName();
              parser.nextToken();
              entries.put(key, deserialize(parser, context));
              token = parser.nextToken();
            }
            return new Document(Kind.MAP, Collections.unmodifiableMap(entries));
          }
        default:
          return (Document) context.handleUnexpectedToken(Document.class, parser);
      }
    }

    /** A JSON {@code null} is the null document inside a document, but an absent member outside. */
    @Override
    public Document getNullValue(DeserializationContext context) {
      return null;
    }
  }
}
