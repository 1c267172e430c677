package io.shapeforge.runtime.protocol;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;

/**
 * A model that writes itself as awsJson1_1 on a streaming {@link JsonGenerator}. Every model class
 * the processor generates implements it, so {@link JsonCodec} writes a response without Jackson
 * databind: no reflection, no bean introspection, and epoch-second timestamps without {@code
 * BigDecimal} (databind's encoding was 44% of the emulator's CPU under load).
 *
 * <p>The bytes are exactly the ones databind writes from the same model's Jackson annotations, so a
 * user's own {@code ObjectMapper} and this path never disagree; a differential test holds the two
 * to that.
 *
 * <pre>{@code
 * byte[] body = JsonCodec.defaults().encode(result); // result.writeJson(...) under the hood
 * }</pre>
 */
public interface JsonWritable {

  /** Writes this object, from its {@code {} to its {@code }}, members in wire order. */
  void writeJson(JsonGenerator json) throws IOException;

  /**
   * The bytes {@code value} writes, as {@code ObjectMapper.writeValueAsBytes} builds them, buffers
   * from the factory's pool included.
   */
  static byte[] toBytes(JsonWritable value, JsonFactory factory) throws IOException {
    BufferRecycler buffers = factory._getBufferRecycler();
    try (ByteArrayBuilder bytes = new ByteArrayBuilder(buffers)) {
      try (JsonGenerator json = factory.createGenerator(bytes, JsonEncoding.UTF8)) {
        value.writeJson(json);
      }
      byte[] result = bytes.toByteArray();
      bytes.release();
      return result;
    } finally {
      buffers.releaseToPool();
    }
  }
}
