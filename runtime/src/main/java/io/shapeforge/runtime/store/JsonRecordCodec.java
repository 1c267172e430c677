package io.shapeforge.runtime.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.shapeforge.runtime.protocol.GeneratedModelsModule;
import io.shapeforge.runtime.protocol.GeneratedReaders;
import io.shapeforge.runtime.protocol.JsonValueReader;
import io.shapeforge.runtime.protocol.JsonWritable;
import java.io.IOException;
import java.util.Objects;

/**
 * {@link RecordCodec#json}: a record as its Jackson JSON. A generated model writes and reads itself
 * ({@link JsonWritable}, {@link GeneratedReaders}), with no databind and no reflection: the bytes
 * are the ones databind writes from its annotations, and a differential test holds the reader to
 * databind's reading. It matters at start-up, when a store or the demo is read back, because
 * databind builds each type's deserializer by reflection on first use. Anything else, such as a
 * hand-written record, goes through one shared mapper: it is thread-safe, it tolerates members a
 * newer version wrote (as the generated readers do), and it hands the generated models such a
 * record holds to their own code ({@link GeneratedModelsModule}).
 */
final class JsonRecordCodec<R> implements RecordCodec<R> {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .addModule(new GeneratedModelsModule())
          .build();

  private final Class<R> recordType;

  /** The model's own reader, or {@code null} for a type databind reads. */
  private final JsonValueReader<R> generated;

  JsonRecordCodec(Class<R> recordType) {
    this.recordType = Objects.requireNonNull(recordType, "recordType");
    this.generated = GeneratedReaders.of(recordType);
  }

  @Override
  public byte[] encode(R record) {
    try {
      if (generated != null) {
        return JsonWritable.toBytes((JsonWritable) record, MAPPER.getFactory());
      }
      return MAPPER.writeValueAsBytes(record);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write a " + recordType.getName() + " as JSON", e);
    }
  }

  @Override
  public R decode(byte[] bytes) {
    try {
      if (generated != null) {
        try (JsonParser json = MAPPER.getFactory().createParser(bytes)) {
          json.nextToken();
          return generated.read(json);
        }
      }
      return MAPPER.readValue(bytes, recordType);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "stored bytes are not a " + recordType.getName() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return (generated != null ? "json(generated " : "json(") + recordType.getName() + ")";
  }
}
