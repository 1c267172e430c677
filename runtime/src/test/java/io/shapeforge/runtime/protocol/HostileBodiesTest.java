package io.shapeforge.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shapeforge.runtime.validation.NumberConstraint;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Mutates valid bodies at random (with a fixed seed, so every run is the same) and checks that the
 * answer is always a 200 or a modeled 400, never a 500.
 */
class HostileBodiesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> SEEDS =
      List.of(
          "{\"Id\":\"a\",\"MaxResults\":10,\"Count\":5,\"Enabled\":true,\"StartTime\":1628102135.145,"
              + "\"Filters\":[{\"Key\":\"STATUS\",\"Values\":[\"SUCCESS\",\"FAILED\"]}]}",
          "{\"Filters\":[{\"Key\":\"k\",\"Values\":[]},{\"Key\":\"j\"}],\"Extra\":{\"n\":[1,2.5,null,\"s\"]}}",
          "{}");
  private static final Set<String> CLIENT_ERRORS =
      Set.of("SerializationException", "ValidationException");

  private final AwsJsonDispatcher dispatcher =
      AwsJsonDispatcher.builder("Sample")
          .operation(
              "Echo",
              SampleRequest.class,
              (request, violations) ->
                  violations.check(
                      "maxResults",
                      request.maxResults,
                      NumberConstraint.integral().min(10).max(100)),
              request -> request)
          .build();

  @Test
  void mutatedBodiesGetA200OrAModeled400() throws Exception {
    Random random = new Random(20261128L);
    int ok = 0;
    int refused = 0;
    for (int i = 0; i < 20_000; i++) {
      byte[] body =
          mutate(SEEDS.get(random.nextInt(SEEDS.size())).getBytes(StandardCharsets.UTF_8), random);
      ProtocolResponse response = dispatcher.dispatch("Sample.Echo", body);
      JsonNode json = JSON.readTree(response.body());
      if (response.status() == 200) {
        ok++;
      } else {
        refused++;
        assertEquals(
            400, response.status(), () -> new String(body, StandardCharsets.UTF_8) + " -> " + json);
        assertTrue(CLIENT_ERRORS.contains(json.get("__type").asText()), json::toString);
      }
    }
    // Both outcomes must really occur, or the mutations test nothing.
    assertTrue(ok > 100, "ok=" + ok);
    assertTrue(refused > 100, "refused=" + refused);
  }

  /**
   * A member typed as plain Object, where a polymorphic mapper could be told to build any class.
   */
  public static final class Loose {
    @JsonProperty("Anything")
    public Object anything;
  }

  @Test
  void bodiesCannotChooseJavaClasses() {
    Loose loose =
        JsonCodec.defaults()
            .decode(
                "{\"Anything\":[\"java.net.URL\",\"http://example.com\"]}"
                    .getBytes(StandardCharsets.UTF_8),
                Loose.class);
    assertEquals(List.of("java.net.URL", "http://example.com"), loose.anything);
    Loose typed =
        JsonCodec.defaults()
            .decode(
                "{\"Anything\":{\"@class\":\"java.lang.ProcessBuilder\"}}"
                    .getBytes(StandardCharsets.UTF_8),
                Loose.class);
    assertEquals(Map.of("@class", "java.lang.ProcessBuilder"), typed.anything);
  }

  private static final byte[] INTERESTING =
      "{}[]\":,-0123456789.eE\\ ntf".getBytes(StandardCharsets.US_ASCII);

  private static byte[] mutate(byte[] body, Random random) {
    byte[] result = body;
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      if (result.length == 0) {
        return result;
      }
      int at = random.nextInt(result.length);
      switch (random.nextInt(5)) {
        case 0: // change a byte to an interesting one
          result = result.clone();
          result[at] = INTERESTING[random.nextInt(INTERESTING.length)];
          break;
        case 1: // a random byte, possibly invalid UTF-8
          result = result.clone();
          result[at] = (byte) random.nextInt(256);
          break;
        case 2: // cut
          result = Arrays.copyOf(result, at);
          break;
        case 3: // delete one byte
          byte[] shorter = new byte[result.length - 1];
          System.arraycopy(result, 0, shorter, 0, at);
          System.arraycopy(result, at + 1, shorter, at, result.length - at - 1);
          result = shorter;
          break;
        default: // repeat a slice, which duplicates members and nests deeper
          int end = at + random.nextInt(result.length - at) + 1;
          byte[] longer = new byte[result.length + (end - at)];
          System.arraycopy(result, 0, longer, 0, end);
          System.arraycopy(result, at, longer, end, result.length - at);
          result = longer;
          break;
      }
    }
    return result;
  }
}
