package io.shapeforge.samples.ssm.hardening;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a message shown to a caller must never contain: Java class or package names and stack
 * frames. Such text tells an attacker what runs inside, and means an internal error leaked.
 *
 * <p>Messages do echo the caller's own values and member names, as AWS's do ({@code Value 'x' at
 * ...}), and a fuzzer soon learns to send {@code "java."}. So every string the request itself holds
 * is blanked out of the message before it is searched.
 */
final class ResponseText {
  private static final List<String> LEAKS =
      List.of("java.", "javax.", "jakarta.", "com.fasterxml", "io.shapeforge", "\tat ", "Exception:", "Caused by");
  private static final JsonFactory JSON = new JsonFactory();
  /** A request holds at most this many strings worth blanking; past that the check stays strict. */
  private static final int MAX_ECHOES = 10_000;

  private ResponseText() {}

  /** Asserts that {@code message}, once the request's own strings are blanked, leaks nothing. */
  static void assertClean(String message, byte[] request) {
    assertNotNull(message, "a message shown to a caller must not be null");
    String own = withoutEchoes(message, request);
    for (String leak : LEAKS) {
      assertFalse(own.contains(leak), () -> "message leaks '" + leak + "': " + message);
    }
  }

  private static String withoutEchoes(String message, byte[] request) {
    List<String> echoes = stringsIn(request);
    echoes.sort(Comparator.comparingInt(String::length).reversed());
    String rest = message;
    for (String echo : echoes) {
      if (!echo.isEmpty()) {
        rest = rest.replace(echo, "\u0000");
      }
    }
    return rest;
  }

  /** The member names and string values of {@code request}, as far as it parses. */
  private static List<String> stringsIn(byte[] request) {
    List<String> strings = new ArrayList<>();
    try (JsonParser parser = JSON.createParser(request)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null && strings.size() < MAX_ECHOES) {
        if (token == JsonToken.FIELD_NAME || token == JsonToken.VALUE_STRING) {
          strings.add(parser.getText());
        }
      }
    } catch (IOException | RuntimeException stopped) {
      // Malformed from here on: what was read so far is all a message can echo.
    }
    return strings;
  }
}
