package io.shapeforge.samples.ssm.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.shapeforge.runtime.page.InvalidNextTokenException;
import io.shapeforge.runtime.page.QueryFingerprint;
import io.shapeforge.runtime.protocol.JsonCodec;
import io.shapeforge.runtime.protocol.SerializationException;
import io.shapeforge.runtime.store.Key;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksRequest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every finding of the fuzz tests, as a plain test named after what broke. The crashing input also
 * stays in the fuzz test's corpus, so it is replayed there too.
 */
class FuzzFindingsTest {

  /**
   * NextTokenFuzzTest, corpus {@code roundtrip-lone-surrogate}: tokens wrote strings as UTF-8,
   * which turns an unpaired surrogate into {@code ?}, so the key came back as another key and a
   * page would resume from the wrong place. Fixed in runtime {@code page.KeyBytes} (UTF-16 code
   * units, token version 2).
   */
  @Test
  void aKeyWithAnUnpairedSurrogateRoundTripsThroughAToken() {
    Key key = Key.of(Instant.EPOCH, "\ud800x");
    String token =
        NextTokenFuzzTest.TOKENS.encode(NextTokenFuzzTest.QUERY, key, NextTokenFuzzTest.ORDER);
    assertEquals(
        key,
        NextTokenFuzzTest.TOKENS.decode(token, NextTokenFuzzTest.QUERY, NextTokenFuzzTest.ORDER));
  }

  /**
   * The same fault made two different queries share a fingerprint, so one's token served the other.
   */
  @Test
  void queriesThatDifferOnlyInAnUnpairedSurrogateHaveDifferentFingerprints() {
    QueryFingerprint lone =
        QueryFingerprint.builder("Op").scope("s").filter("STATUS", List.of("\udc00")).build();
    QueryFingerprint question =
        QueryFingerprint.builder("Op").scope("s").filter("STATUS", List.of("?")).build();
    assertNotEquals(lone, question);

    String token =
        NextTokenFuzzTest.TOKENS.encode(lone, Key.of(Instant.EPOCH, "t"), NextTokenFuzzTest.ORDER);
    assertThrows(
        InvalidNextTokenException.class,
        () -> NextTokenFuzzTest.TOKENS.decode(token, question, NextTokenFuzzTest.ORDER));
  }

  /**
   * ShapeDecodeFuzzTest, corpus {@code filter-body-in-no-encoding}: a body whose first four bytes
   * are {@code 00 00 03 00} made Jackson's encoding detection throw a CharConversionException
   * before parsing began, outside the codec's error translation, so the dispatcher answered 500.
   * Fixed in runtime {@code protocol.JsonCodec#decode}.
   */
  @Test
  void aBodyInNoTextEncodingIsASerializationException() {
    byte[] body = {0, 0, 3, 0, 0, 0, 0, 0, '{', '}'};
    SerializationException refused =
        assertThrows(
            SerializationException.class,
            () ->
                JsonCodec.defaults()
                    .decode(body, DescribeMaintenanceWindowExecutionTasksRequest.class));
    assertEquals("Malformed JSON: the body is not UTF-8 text", refused.getMessage());
  }

  /**
   * HandlerFuzzTest, corpus {@code invalid-utf8-in-an-ignored-member-name}: Jackson does not check
   * the bytes of names and strings it skips, so a body with a 0xFF byte inside a member the model
   * ignores was served with a 200. Fixed in runtime {@code protocol.JsonCodec#decode}: the whole
   * body must be well-formed UTF-8 first.
   */
  @Test
  void brokenUtf8InAnIgnoredMemberIsASerializationException() {
    byte[] body =
        "{\"WindowExecutionId\":\"a06e9f91-3b9c-4c3e-8bd4-246cc0000001\",\"Ign?red\":1}"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    body[64] = (byte) 0xff;
    SerializationException refused =
        assertThrows(
            SerializationException.class,
            () ->
                JsonCodec.defaults()
                    .decode(body, DescribeMaintenanceWindowExecutionTasksRequest.class));
    assertEquals("Malformed JSON at line 1, column 65: not UTF-8", refused.getMessage());
  }

  /** The UTF-8 check of that fix lets every well-formed sequence through: 1, 2, 3 and 4 bytes. */
  @Test
  void wellFormedUtf8OfEveryLengthStillDecodes() {
    String text = "a\u00e9\u4e2d\ud83d\ude00\u007f\u0080\u07ff\u0800\uffff\udbff\udfff";
    byte[] body =
        ("{\"NextToken\":\"" + text + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(
        text,
        JsonCodec.defaults()
            .decode(body, DescribeMaintenanceWindowExecutionTasksRequest.class)
            .nextToken());
  }
}
