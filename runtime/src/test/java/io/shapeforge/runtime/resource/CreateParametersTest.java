package io.shapeforge.runtime.resource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CreateParametersTest {

  /** A request Jackson maps, with a map member as a task's TaskParameters is. */
  record Request(String name, Map<String, String> parameters) {}

  private static Map<String, String> inOrder(String... keysAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  @Test
  void aMapSentInAnotherOrderIsTheSameRequest() {
    byte[] first = CreateParameters.of(new Request("n", inOrder("b", "2", "a", "1")));
    byte[] again = CreateParameters.of(new Request("n", inOrder("a", "1", "b", "2")));
    assertArrayEquals(first, again);
    assertEquals(
        "{\"name\":\"n\",\"parameters\":{\"a\":\"1\",\"b\":\"2\"}}",
        new String(first, StandardCharsets.UTF_8));
  }

  @Test
  void anotherValueIsAnotherRequest() {
    assertFalse(
        Arrays.equals(
            CreateParameters.of(new Request("n", inOrder("a", "1"))),
            CreateParameters.of(new Request("n", inOrder("a", "2")))));
  }
}
