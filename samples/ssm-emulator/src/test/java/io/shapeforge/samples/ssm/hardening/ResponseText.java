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
import java.util.regex.Pattern;

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
      List.of(
          "java.",
          "javax.",
          "jakarta.",
          "com.fasterxml",
          "io.shapeforge",
          "\tat ",
          "Exception:",
          "Caused by");
  private static final JsonFactory JSON = new JsonFactory();

  private static final String JSON_TYPE =
      "(an object|an array|a string|an integer number|a decimal number|a boolean|null|nothing|an unexpected value)";
  private static final String MEMBER_TYPE =
      "(a 32-bit integer|a 64-bit integer|a number|a boolean|a timestamp \\(epoch seconds\\)|a string|an array|an object|a value)";

  /**
   * Every message the codec writes, with the request's own text confined to the quoted slots.
   * Checked before blanking echoes because a path is cut to 256 characters, which can cut an echoed
   * member name in two.
   */
  private static final Pattern CODEC_MESSAGE =
      Pattern.compile(
          "(Malformed JSON(: unexpected end of input|: the body is not UTF-8 text)?"
              + "|Unexpected content after the JSON object)( at line \\d+, column \\d+)?"
              + "|(Expected a JSON object but found "
              + JSON_TYPE
              + "|Expected "
              + MEMBER_TYPE
              + " but found "
              + JSON_TYPE
              + "|Number is out of range for "
              + MEMBER_TYPE
              + "|Timestamp is out of range|Value cannot be read|Unknown member '.*'"
              + "|Duplicate member '.*' in the JSON object"
              + "|JSON (nesting is deeper than the limit of \\d+|string is longer than the limit of \\d+ characters"
              + "|member name is longer than the limit of \\d+ characters"
              + "|number is longer than the limit of \\d+ characters|array has more than the limit of \\d+ elements))"
              + " at '\\$.*'",
          Pattern.DOTALL);

  /** A request holds at most this many strings worth blanking; past that the check stays strict. */
  private static final int MAX_ECHOES = 10_000;

  private ResponseText() {}

  /**
   * Asserts that {@code message} is one of the codec's own messages, or that, once the request's
   * own strings are blanked out of it, it leaks nothing.
   */
  static void assertClean(String message, byte[] request) {
    assertNotNull(message, "a message shown to a caller must not be null");
    if (CODEC_MESSAGE.matcher(message).matches()) {
      return;
    }
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
