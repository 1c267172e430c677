package io.shapeforge.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonCodecTest {
  private final JsonCodec codec = JsonCodec.defaults();

  private SampleRequest decode(String json) {
    return codec.decode(json.getBytes(StandardCharsets.UTF_8), SampleRequest.class);
  }

  private String failure(String json) {
    return failure(codec, json);
  }

  private static String failure(JsonCodec codec, String json) {
    return failure(codec, json.getBytes(StandardCharsets.UTF_8));
  }

  private static String failure(JsonCodec codec, byte[] body) {
    SerializationException e =
        assertThrows(SerializationException.class, () -> codec.decode(body, SampleRequest.class));
    assertEquals("SerializationException", e.errorCode());
    assertEquals(400, e.httpStatus());
    assertFalse(e.getMessage().contains("java."), e.getMessage());
    assertFalse(e.getMessage().contains("jackson"), e.getMessage());
    assertFalse(e.getMessage().contains("SampleRequest"), e.getMessage());
    return e.getMessage();
  }

  @Test
  void decodesEveryMemberType() {
    SampleRequest r =
        decode(
            "{\"Id\":\"abc\",\"MaxResults\":10,\"Count\":9223372036854775807,\"Enabled\":true,"
                + "\"StartTime\":1628102135.145,\"Filters\":[{\"Key\":\"STATUS\",\"Values\":[\"A\",\"B\"]}]}");
    assertEquals("abc", r.id);
    assertEquals(10, r.maxResults);
    assertEquals(Long.MAX_VALUE, r.count);
    assertEquals(true, r.enabled);
    assertEquals(Instant.ofEpochMilli(1628102135145L), r.startTime);
    assertEquals("STATUS", r.filters.get(0).key);
    assertEquals(List.of("A", "B"), r.filters.get(0).values);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\t  \r\n"})
  void emptyBodyMeansEmptyObject(String body) {
    SampleRequest r = decode(body);
    assertNull(r.id);
    assertNull(r.maxResults);
  }

  @Test
  void nullMembersAreAbsentAndEmptyStringIsAString() {
    SampleRequest r = decode("{\"Id\":\"\",\"MaxResults\":null,\"Filters\":null}");
    assertEquals("", r.id);
    assertNull(r.maxResults);
    assertNull(r.filters);
  }

  @Test
  void unknownMembersAreIgnoredByDefault() {
    SampleRequest r = decode("{\"Future\":{\"Deep\":[1,2,{\"x\":[]}]},\"Id\":\"a\"}");
    assertEquals("a", r.id);
  }

  @Test
  void unknownMembersCanBeRefused() {
    JsonCodec strict = JsonCodec.builder().rejectUnknownMembers(true).build();
    assertEquals(
        "Unknown member 'Future' at '$.Filters[0]'",
        failure(strict, "{\"Filters\":[{\"Key\":\"k\",\"Future\":1}]}"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"MaxResults\":\"10\"}      | Expected a 32-bit integer but found a string at '$.MaxResults'",
        "{\"MaxResults\":10.5}        | Expected a 32-bit integer but found a decimal number at '$.MaxResults'",
        "{\"MaxResults\":10.0}        | Expected a 32-bit integer but found a decimal number at '$.MaxResults'",
        "{\"MaxResults\":1e20}        | Expected a 32-bit integer but found a decimal number at '$.MaxResults'",
        "{\"MaxResults\":2147483648}  | Number is out of range for a 32-bit integer at '$.MaxResults'",
        "{\"MaxResults\":-2147483649} | Number is out of range for a 32-bit integer at '$.MaxResults'",
        "{\"MaxResults\":true}        | Expected a 32-bit integer but found a boolean at '$.MaxResults'",
        "{\"MaxResults\":\"\"}        | Expected a 32-bit integer but found a string at '$.MaxResults'",
        "{\"MaxResults\":{}}          | Expected a 32-bit integer but found an object at '$.MaxResults'",
        "{\"MaxResults\":[10]}        | Expected a 32-bit integer but found an array at '$.MaxResults'",
        "{\"Count\":9223372036854775808} | Number is out of range for a 64-bit integer at '$.Count'",
        "{\"Count\":\"5\"}            | Expected a 64-bit integer but found a string at '$.Count'",
        "{\"Enabled\":\"true\"}       | Expected a boolean but found a string at '$.Enabled'",
        "{\"Enabled\":1}              | Expected a boolean but found an integer number at '$.Enabled'",
        "{\"Id\":{\"a\":1}}           | Expected a string but found an object at '$.Id'",
        "{\"Id\":[\"a\"]}             | Expected a string but found an array at '$.Id'",
        "{\"Id\":5}                   | Expected a string but found an integer number at '$.Id'",
        "{\"Id\":5.5}                 | Expected a string but found a decimal number at '$.Id'",
        "{\"Id\":false}               | Expected a string but found a boolean at '$.Id'",
        "{\"Filters\":\"STATUS\"}     | Expected an array but found a string at '$.Filters'",
        "{\"Filters\":{\"Key\":\"a\"}} | Expected an array but found an object at '$.Filters'",
        "{\"Filters\":[\"STATUS\"]}   | Expected an object but found a string at '$.Filters[0]'",
        "{\"Filters\":[{\"Values\":[\"a\",7]}]} | Expected a string but found an integer number at '$.Filters[0].Values[1]'",
        "{\"StartTime\":\"2021-08-04\"} | Expected a timestamp (epoch seconds) but found a string at '$.StartTime'",
        "{\"StartTime\":1e300}        | Timestamp is out of range at '$.StartTime'",
      })
  void refusesWrongTypes(String json, String message) {
    assertEquals(message, failure(json));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "[]              | Expected a JSON object but found an array at '$'",
        "\"text\"        | Expected a JSON object but found a string at '$'",
        "null            | Expected a JSON object but found null at '$'",
        "42              | Expected a JSON object but found an integer number at '$'",
        "{}{}            | Unexpected content after the JSON object at line 1, column 4",
        "{} []           | Unexpected content after the JSON object at line 1, column 5",
        "{} garbage      | Malformed JSON at line 1, column 4",
        "{\"Id\":        | Malformed JSON: unexpected end of input at line 1, column 7",
        "{\"Id\":\"a\"   | Malformed JSON: unexpected end of input at line 1, column 10",
        "{\"Id\" \"a\"}  | Malformed JSON at line 1, column 7",
        "{'Id':'a'}      | Malformed JSON at line 1, column 2",
        "{\"Id\":NaN}    | Malformed JSON at line 1, column 10",
      })
  void refusesWhatIsNotOneJsonObject(String json, String message) {
    assertEquals(message, failure(json));
  }

  @Test
  void refusesInvalidUtf8() {
    byte[] body = {'{', '"', 'I', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    assertTrue(failure(codec, body).startsWith("Malformed JSON at line 1"));
  }

  @Test
  void refusesDuplicateMembers() {
    assertEquals(
        "Duplicate member 'Id' in the JSON object at '$'", failure("{\"Id\":\"a\",\"Id\":\"b\"}"));
    assertEquals(
        "Duplicate member 'Key' in the JSON object at '$.Filters[1]'",
        failure("{\"Filters\":[{\"Key\":\"a\"},{\"Key\":\"a\",\"Key\":\"b\"}]}"));
    assertEquals(
        "Duplicate member 'x' in the JSON object at '$.Unknown'",
        failure("{\"Unknown\":{\"x\":1,\"x\":2}}"));
  }

  @Test
  void sameNameInSiblingObjectsIsFine() {
    SampleRequest r = decode("{\"Filters\":[{\"Key\":\"a\"},{\"Key\":\"b\"}],\"Id\":\"x\"}");
    assertEquals("b", r.filters.get(1).key);
  }

  @Test
  void nestingDepthIsLimited() {
    JsonCodec shallow =
        JsonCodec.builder().limits(JsonLimits.defaults().withMaxNestingDepth(3)).build();
    // Depth 3: the top object, the unknown member's object, and one array inside it.
    shallow.decode("{\"U\":{\"V\":[]}}".getBytes(StandardCharsets.UTF_8), SampleRequest.class);
    assertEquals(
        "JSON nesting is deeper than the limit of 3 at '$.U.V[0]'",
        failure(shallow, "{\"U\":{\"V\":[[]]}}"));
  }

  @Test
  void defaultNestingDepthRefusesAHostileDocument() {
    String deep = "{\"U\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    String message = failure(deep);
    assertTrue(
        message.startsWith("JSON nesting is deeper than the limit of 64 at '$.U[0][0][0]"),
        message);
  }

  @Test
  void stringLengthIsLimited() {
    JsonCodec small =
        JsonCodec.builder().limits(JsonLimits.defaults().withMaxStringLength(8)).build();
    assertEquals(
        "12345678",
        small.decode("{\"Id\":\"12345678\"}".getBytes(StandardCharsets.UTF_8), SampleRequest.class)
            .id);
    assertEquals(
        "JSON string is longer than the limit of 8 characters at '$.Id'",
        failure(small, "{\"Id\":\"123456789\"}"));
  }

  @Test
  void defaultStringLengthIsAQuarterMebibyte() {
    String message = failure("{\"Id\":\"" + "x".repeat(256 * 1024 + 1) + "\"}");
    assertEquals("JSON string is longer than the limit of 262144 characters at '$.Id'", message);
  }

  @Test
  void memberNameLengthIsLimited() {
    JsonCodec small =
        JsonCodec.builder().limits(JsonLimits.defaults().withMaxNameLength(4)).build();
    assertEquals(
        "JSON member name is longer than the limit of 4 characters at '$'",
        failure(small, "{\"Id\":\"a\",\"Count2\":1}"));
    assertEquals(
        "JSON member name is longer than the limit of 4 characters at '$.Ab[0]'",
        failure(small, "{\"Ab\":[{\"Key\":\"a\",\"Values2\":[]}]}"));
  }

  @Test
  void numberLengthIsLimited() {
    assertEquals(
        "JSON number is longer than the limit of 100 characters at '$.Count'",
        failure("{\"Count\":" + "1".repeat(101) + "}"));
  }

  @Test
  void arrayElementsAreLimited() {
    JsonCodec small =
        JsonCodec.builder().limits(JsonLimits.defaults().withMaxArrayElements(3)).build();
    SampleRequest ok =
        small.decode(
            "{\"Filters\":[{},{},{}]}".getBytes(StandardCharsets.UTF_8), SampleRequest.class);
    assertEquals(3, ok.filters.size());
    assertEquals(
        "JSON array has more than the limit of 3 elements at '$.Filters'",
        failure(small, "{\"Filters\":[{},{},{},{}]}"));
    assertEquals(
        "JSON array has more than the limit of 3 elements at '$.Filters[0].Values'",
        failure(small, "{\"Filters\":[{\"Values\":[\"a\",\"b\",\"c\",\"d\"]}]}"));
    assertEquals(
        "JSON array has more than the limit of 3 elements at '$.Ignored[1]'",
        failure(small, "{\"Ignored\":[0,[1,2,3,4]]}"));
  }

  @Test
  void aMillionFiltersAreRefusedAtTheFirstElementPastTheLimit() {
    ByteArrayOutputStream body = new ByteArrayOutputStream(8_000_000);
    body.writeBytes("{\"Filters\":[".getBytes(StandardCharsets.UTF_8));
    byte[] filter = "{\"Key\":\"STATUS\"},".getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 1_000_000; i++) {
      body.writeBytes(filter);
    }
    body.writeBytes("{}]}".getBytes(StandardCharsets.UTF_8));
    assertEquals(
        "JSON array has more than the limit of 10000 elements at '$.Filters'",
        failure(codec, body.toByteArray()));
  }

  @Test
  void limitsMustBePositive() {
    assertThrows(
        IllegalArgumentException.class, () -> JsonLimits.defaults().withMaxArrayElements(0));
    assertThrows(
        IllegalArgumentException.class, () -> JsonLimits.defaults().withMaxNestingDepth(-1));
  }

  @Test
  void encodesWithoutAbsentMembersAndWithEpochSeconds() {
    SampleRequest r = new SampleRequest();
    r.id = "a";
    r.startTime = Instant.ofEpochMilli(1628102135145L);
    assertEquals(
        "{\"Id\":\"a\",\"StartTime\":1628102135.145}",
        new String(codec.encode(r), StandardCharsets.UTF_8));
  }

  @Test
  void encodesAnEmptyResultAsAnEmptyObject() {
    assertEquals("{}", new String(codec.encode(new Object()), StandardCharsets.UTF_8));
  }
}
