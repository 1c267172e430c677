package io.shapeforge.runtime.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Objects;

/**
 * {@link RecordCodec#json}: a record as its Jackson JSON. One shared mapper: it is thread-safe, and
 * the generated models carry their whole mapping in annotations, so no configuration is needed
 * beyond tolerating members a newer model version wrote.
 */
final class JsonRecordCodec<R> implements RecordCodec<R> {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private final Class<R> recordType;

  JsonRecordCodec(Class<R> recordType) {
    this.recordType = Objects.requireNonNull(recordType, "recordType");
  }

  @Override
  public byte[] encode(R record) {
    try {
      return MAPPER.writeValueAsBytes(record);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write a " + recordType.getName() + " as JSON", e);
    }
  }

  @Override
  public R decode(byte[] bytes) {
    try {
      return MAPPER.readValue(bytes, recordType);
    } catch (IOException e) {
      throw new IllegalStateException(
          "stored bytes are not a " + recordType.getName() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "json(" + recordType.getName() + ")";
  }
}
