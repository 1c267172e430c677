package io.shapeforge.runtime.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import java.io.IOException;

/**
 * A Jackson module that makes databind read and write every generated model with the model's own
 * code ({@code readJson}, {@link JsonWritable}) wherever the model sits, for instance inside a
 * hand-written record: databind then builds no bean serializer or deserializer for the model, nor
 * for the models it holds. That work is reflection over every member, type and annotation of the
 * model's whole graph, done on the first use of each type, and it is most of what reading a
 * hand-written record back costs at start-up. The bytes and the models are the same as databind's
 * own, which the differential tests of the generated code hold.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new GeneratedModelsModule()).build();
 * }</pre>
 *
 * <p>It reads a model as the generated reader does on a plain parser: unknown members are skipped.
 * {@link JsonCodec} does not need it: it hands a generated model to its own code directly.
 */
public final class GeneratedModelsModule extends Module {

  @Override
  public String getModuleName() {
    return "shapeforge-generated-models";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    // An introspector answers before databind builds a bean (de)serializer from the class, as an
    // @JsonDeserialize(using = ...) on the class would; a Deserializers instance would come after
    // the builder-based path that generated models take.
    context.insertAnnotationIntrospector(new OwnCodeFirst());
  }

  /** Names the model's own code as the class's serializer and deserializer. */
  private static final class OwnCodeFirst extends NopAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    @Override
    public Object findSerializer(Annotated annotated) {
      return annotated instanceof AnnotatedClass type
              && JsonWritable.class.isAssignableFrom(type.getRawType())
          ? OwnWriter.INSTANCE
          : null;
    }

    @Override
    public Object findDeserializer(Annotated annotated) {
      JsonValueReader<?> reader =
          annotated instanceof AnnotatedClass type ? GeneratedReaders.of(type.getRawType()) : null;
      return reader == null ? null : new OwnReader<>(reader);
    }
  }

  private static final class OwnWriter extends JsonSerializer<JsonWritable> {
    static final OwnWriter INSTANCE = new OwnWriter();

    @Override
    public void serialize(JsonWritable value, JsonGenerator json, SerializerProvider provider)
        throws IOException {
      value.writeJson(json);
    }
  }

  private static final class OwnReader<T> extends JsonDeserializer<T> {
    private final JsonValueReader<T> reader;

    OwnReader(JsonValueReader<T> reader) {
      this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser json, DeserializationContext context) throws IOException {
      return reader.read(json);
    }
  }
}
