package io.shapeforge.runtime.protocol;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Objects;

/**
 * Reads awsJson1_1 request bodies strictly and writes response bodies, with one configured, shared,
 * thread-safe Jackson mapper.
 *
 * <p>Reading:
 *
 * <ul>
 *   <li>the body must be well-formed UTF-8, as awsJson1_1 says;
 *   <li>an empty (or all-whitespace) body means {@code {}}; the top level must be an object, and
 *       anything after it is an error;
 *   <li>types are strict: {@code "10"} or {@code 10.5} for an integer member, a number outside the
 *       member's Java type ({@code 1e20}, 2<sup>31</sup> for an {@code Integer}), a number or
 *       string for a boolean, a number for a string, an object or array where a scalar is expected:
 *       all refused. {@code null} for a member means absent;
 *   <li>{@link JsonLimits} are enforced while parsing, and a member name twice in one object is
 *       refused;
 *   <li>members the model does not know are ignored by default, as AWS services do so that older
 *       servers accept newer clients ({@link Builder#rejectUnknownMembers(boolean)} to refuse
 *       them);
 *   <li>Jackson polymorphic typing is never enabled, so a body cannot choose a Java class.
 * </ul>
 *
 * Every failure is a {@link SerializationException} (400) whose message says what is wrong and at
 * which JSON path, such as {@code Expected a 32-bit integer but found a string at '$.MaxResults'}.
 * A generated model reads itself ({@code readJson}, found by {@link GeneratedReaders}) on the same
 * bounded parser, with no databind and no reflection, and gives the same model or the same message
 * as databind does from its annotations; anything else, such as a hand-written type, goes through
 * databind.
 *
 * <p>Writing: absent ({@code null}) members are omitted; {@link Instant}s are epoch seconds with a
 * millisecond fraction. A generated model writes itself ({@link JsonWritable}), with no databind
 * and no reflection; anything else, such as a hand-written type, goes through databind.
 *
 * <pre>{@code
 * JsonCodec codec = JsonCodec.builder().limits(JsonLimits.defaults().withMaxArrayElements(100)).build();
 * MyRequest request = codec.decode(body, MyRequest.class);
 * byte[] json = codec.encode(result);
 * }</pre>
 */
public final class JsonCodec {
  private static final JsonCodec DEFAULT = builder().build();

  /** The message for a body whose first bytes Jackson cannot read as text in any encoding. */
  static final String NOT_TEXT = "Malformed JSON: the body is not UTF-8 text";

  private static final byte[] EMPTY_OBJECT = {'{', '}'};

  private final ObjectMapper mapper;
  private final JsonLimits limits;
  private final boolean generatedCodecs;
  private final boolean rejectUnknownMembers;

  private JsonCodec(Builder builder) {
    this.limits = builder.limits;
    this.rejectUnknownMembers = builder.rejectUnknownMembers;
    this.mapper = newMapper(builder.limits, builder.rejectUnknownMembers);
    this.generatedCodecs = builder.generatedCodecs;
  }

  /** A codec with {@link JsonLimits#defaults()} that ignores unknown members. */
  public static JsonCodec defaults() {
    return DEFAULT;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The limits this codec enforces. */
  public JsonLimits limits() {
    return limits;
  }

  /**
   * Reads a request body into {@code type}.
   *
   * @throws SerializationException (400) when the body is not a JSON object {@code type} can hold
   * @throws IllegalStateException when {@code type} itself cannot be bound (a bug, not bad input)
   */
  public <T> T decode(byte[] body, Class<T> type) {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(type, "type");
    int malformed = Utf8Text.firstMalformed(body);
    if (malformed >= 0) {
      throw new SerializationException(
          "Malformed JSON at " + Utf8Text.position(body, malformed) + ": not UTF-8");
    }
    JsonParser raw;
    try {
      raw = mapper.getFactory().createParser(body);
    } catch (IOException e) {
      // Jackson guesses the encoding from the first four bytes; some patterns of zero bytes name no
      // encoding it can read (CharConversionException). Found by ShapeDecodeFuzzTest.
      throw new SerializationException(NOT_TEXT);
    }
    try (JsonParser parser = new BoundedJsonParser(raw, limits, rejectUnknownMembers)) {
      return decode(parser, type);
    } catch (IOException e) {
      // Only close() can get here: decode(parser, type) translates its own failures.
      throw new UncheckedIOException(e);
    }
  }

  private <T> T decode(JsonParser parser, Class<T> type) {
    JsonValueReader<T> reader = generatedCodecs ? GeneratedReaders.of(type) : null;
    try {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return reader == null ? mapper.readValue("{}", type) : readEmptyObject(reader);
      }
      if (first != JsonToken.START_OBJECT) {
        throw DecodeFailures.at(
            "Expected a JSON object but found " + DecodeFailures.tokenName(first), "$");
      }
      T value = reader == null ? mapper.readValue(parser, type) : reader.read(parser);
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        throw new SerializationException(
            "Unexpected content after the JSON object at line "
                + parser.currentLocation().getLineNr()
                + ", column "
                + parser.currentLocation().getColumnNr());
      }
      return value;
    } catch (IOException e) {
      throw DecodeFailures.translate(e, parser);
    }
  }

  /** What an empty body means, {@code {}}, read by a generated reader. */
  private <T> T readEmptyObject(JsonValueReader<T> reader) throws IOException {
    try (JsonParser empty = mapper.getFactory().createParser(EMPTY_OBJECT)) {
      empty.nextToken();
      return reader.read(empty);
    }
  }

  /**
   * Writes a response body: a generated model ({@link JsonWritable}) through its own streaming
   * writer, anything else through Jackson databind. Both give the same bytes.
   *
   * @throws IllegalStateException when {@code value} cannot be written (a bug in the model)
   */
  public byte[] encode(Object value) {
    if (generatedCodecs && value instanceof JsonWritable writable) {
      return encodeGenerated(writable);
    }
    try {
      return mapper.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("response cannot be written as JSON", e);
    }
  }

  /**
   * Writes a response body into {@code into}, after what it holds already, with the same bytes as
   * {@link #encode(Object)}: a transport that reuses one buffer per thread allocates no array per
   * answer.
   *
   * @throws IllegalStateException when {@code value} cannot be written (a bug in the model)
   */
  public void encode(Object value, ResponseBuffer into) {
    Objects.requireNonNull(into, "into");
    try {
      if (generatedCodecs && value instanceof JsonWritable writable) {
        // The generator's own 8 KB output buffer comes from Jackson's pool; it is copied into
        // `into` once per 8 KB and on close.
        try (JsonGenerator json = mapper.getFactory().createGenerator(into, JsonEncoding.UTF8)) {
          writable.writeJson(json);
        }
      } else {
        mapper.writeValue(into, value);
      }
    } catch (IOException e) {
      // ResponseBuffer cannot fail to take bytes; an unwritable model is a bug, as above.
      throw new IllegalStateException("response cannot be written as JSON", e);
    }
  }

  private byte[] encodeGenerated(JsonWritable value) {
    try {
      return JsonWritable.toBytes(value, mapper.getFactory());
    } catch (IOException e) {
      // Memory cannot fail to take bytes; a model that cannot be written is a bug, as above.
      throw new IllegalStateException("response cannot be written as JSON", e);
    }
  }

  private static ObjectMapper newMapper(JsonLimits limits, boolean rejectUnknownMembers) {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(new LimitReadConstraints(limits))
            // Never echo request bytes in Jackson's own diagnostics.
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    SimpleModule timestamps = new SimpleModule("awsJson1_1-timestamps");
    timestamps.addSerializer(Instant.class, new EpochSecondsSerializer());
    timestamps.addDeserializer(Instant.class, new EpochSecondsDeserializer());
    JsonMapper mapper =
        JsonMapper.builder(factory)
            .annotationIntrospector(
                rejectUnknownMembers
                    ? new UnknownMembersRefused()
                    : new JacksonAnnotationIntrospector())
            .addModule(timestamps)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, rejectUnknownMembers)
            .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            // An absent member is left out, but a null value of a @Sparse map is data and stays:
            // content inclusion ALWAYS keeps it (dense maps never hold nulls once validated).
            .defaultPropertyInclusion(
                JsonInclude.Value.construct(
                    JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS))
            .build();
    // ALLOW_COERCION_OF_SCALARS covers numbers, booleans and timestamps; strings are not "scalar"
    // to Jackson, so a number or boolean for a string member is refused here.
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    // "" is not an empty object, list or number.
    mapper
        .coercionConfigDefaults()
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail);
    return mapper;
  }

  /**
   * Generated builders carry {@code @JsonIgnoreProperties(ignoreUnknown = true)}, so that a plain
   * {@code ObjectMapper} reads a newer client's request as AWS services do; a codec built to refuse
   * unknown members takes that one setting back, and databind then refuses them as the generated
   * reader does.
   */
  private static final class UnknownMembersRefused extends JacksonAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonIgnoreProperties.Value findPropertyIgnoralByName(
        MapperConfig<?> config, Annotated annotated) {
      JsonIgnoreProperties.Value ignorals = super.findPropertyIgnoralByName(config, annotated);
      return ignorals == null ? null : ignorals.withoutIgnoreUnknown();
    }
  }

  /** Configures a {@link JsonCodec}. */
  public static final class Builder {
    private JsonLimits limits = JsonLimits.defaults();
    private boolean rejectUnknownMembers;
    private boolean generatedCodecs = true;

    private Builder() {}

    public Builder limits(JsonLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** Whether a member the model does not declare is a {@link SerializationException}. */
    public Builder rejectUnknownMembers(boolean reject) {
      this.rejectUnknownMembers = reject;
      return this;
    }

    /**
     * Whether generated models are read and written by their generated streaming reader and writer
     * (the default) or, with {@code false}, by Jackson databind from their annotations. The two
     * give the same models, failures and bytes; {@code false} is for comparing them and for
     * measuring the difference.
     */
    public Builder generatedCodecs(boolean use) {
      this.generatedCodecs = use;
      return this;
    }

    public JsonCodec build() {
      return new JsonCodec(this);
    }
  }
}
