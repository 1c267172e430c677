package io.shapeforge.runtime.resource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The bytes a create's client token is bound to ({@link ResourceStore#create}): the request as JSON
 * with map entries sorted by key, so that one request sent twice with its map members in another
 * order (a task's {@code TaskParameters}) is still the same request. The caller clears the token
 * member first; the token is what is compared by, not a parameter.
 *
 * <pre>{@code
 * byte[] parameters = CreateParameters.of(request.toBuilder().clientToken("").build());
 * }</pre>
 */
public final class CreateParameters {
  private static final ObjectMapper CANONICAL =
      JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

  private CreateParameters() {}

  /** {@code request}, a model Jackson maps, as canonical JSON bytes. */
  public static byte[] of(Object request) {
    try {
      return CANONICAL.writeValueAsBytes(request);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a generated model always writes as JSON", e);
    }
  }
}
