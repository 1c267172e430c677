package io.shapeforge.samples.ssm.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.shapeforge.runtime.page.InvalidNextTokenException;
import io.shapeforge.runtime.page.NextTokenCodec;
import io.shapeforge.runtime.page.QueryFingerprint;
import io.shapeforge.runtime.store.Key;
import io.shapeforge.runtime.store.ValueType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the NextToken decoder, the one place where a caller hands the service bytes that it claims
 * the service wrote.
 *
 * <p>The first input byte picks one of two properties:
 *
 * <ul>
 *   <li>odd: the rest of the input, read as UTF-8 text, is a token that is refused with {@link
 *       InvalidNextTokenException} and nothing else; in the (MAC-forging) event that it decodes, it
 *       must be the one canonical token of its key;
 *   <li>even: a key built from the rest ({@link FuzzInput}: a start time and a task execution id,
 *       either may be null) round-trips through a token, the token is refused for another query,
 *       and the token with one character changed or cut short is refused.
 * </ul>
 *
 * The secret is fixed so that the committed corpus can hold real tokens to mutate.
 */
class NextTokenFuzzTest {
  /** Test-only secret; tokens in the corpus were made with it. */
  static final byte[] SECRET =
      "shapeforge-fuzz-corpus-secret-01".getBytes(StandardCharsets.US_ASCII);

  static final NextTokenCodec TOKENS = NextTokenCodec.withKey(SECRET);
  static final List<ValueType> ORDER = List.of(ValueType.INSTANT, ValueType.STRING);
  static final QueryFingerprint QUERY =
      QueryFingerprint.builder("DescribeMaintenanceWindowExecutionTasks")
          .scope("a06e9f91-3b9c-4c3e-8bd4-246cc0000000")
          .filter("STATUS", List.of("SUCCESS", "FAILED"))
          .build();
  private static final QueryFingerprint OTHER_QUERY =
      QueryFingerprint.builder("DescribeMaintenanceWindowExecutionTasks")
          .scope("a06e9f91-3b9c-4c3e-8bd4-246cc0000000")
          .filter("STATUS", List.of("SUCCESS"))
          .build();

  /** Epoch seconds of {@link Instant#MIN} and {@link Instant#MAX}. */
  private static final long MIN_SECONDS = Instant.MIN.getEpochSecond();

  private static final long MAX_SECONDS = Instant.MAX.getEpochSecond();

  @FuzzTest(maxDuration = "10m")
  void tokens(byte[] input) {
    if (input.length == 0) {
      return;
    }
    if ((input[0] & 1) == 1) {
      decodeOrRefuse(new String(input, 1, input.length - 1, StandardCharsets.UTF_8));
    } else {
      roundTrip(new FuzzInput(Arrays.copyOfRange(input, 1, input.length)));
    }
  }

  private static void decodeOrRefuse(String token) {
    Key key;
    try {
      key = TOKENS.decode(token, QUERY, ORDER);
    } catch (InvalidNextTokenException refused) {
      assertEquals(InvalidNextTokenException.MESSAGE, refused.getMessage());
      return;
    }
    assertEquals(
        token, TOKENS.encode(QUERY, key, ORDER), "a token that decodes is the canonical one");
  }

  private static void roundTrip(FuzzInput data) {
    Instant startTime =
        data.nextBoolean()
            ? null
            : Instant.ofEpochSecond(
                MIN_SECONDS + Math.floorMod(data.nextLong(), MAX_SECONDS - MIN_SECONDS + 1),
                Math.floorMod(data.nextInt(), 1_000_000_000));
    String taskExecutionId = data.nextBoolean() ? null : data.nextString(80);
    int at = data.nextInt();
    char replacement = data.nextChar();
    Key key = Key.of(startTime, taskExecutionId);

    String token = TOKENS.encode(QUERY, key, ORDER);
    assertEquals(key, TOKENS.decode(token, QUERY, ORDER), () -> "round trip of " + key);
    assertThrows(InvalidNextTokenException.class, () -> TOKENS.decode(token, OTHER_QUERY, ORDER));

    int position = Math.floorMod(at, token.length());
    if (replacement != token.charAt(position)) {
      String altered = token.substring(0, position) + replacement + token.substring(position + 1);
      assertThrows(
          InvalidNextTokenException.class, () -> TOKENS.decode(altered, QUERY, ORDER), altered);
    }
    String cut = token.substring(0, position);
    assertThrows(InvalidNextTokenException.class, () -> TOKENS.decode(cut, QUERY, ORDER), cut);
  }

  /** The corpus holds a real token of {@link #QUERY}, so the fuzzer starts from a valid one. */
  @Test
  void corpusHoldsAValidToken() throws Exception {
    boolean found = false;
    for (byte[] seed : Corpus.files(NextTokenFuzzTest.class, "tokens")) {
      if ((seed[0] & 1) == 1) {
        String token = new String(seed, 1, seed.length - 1, StandardCharsets.UTF_8);
        try {
          TOKENS.decode(token, QUERY, ORDER);
          found = true;
        } catch (InvalidNextTokenException notThisOne) {
          // garbage seeds are there on purpose
        }
      }
    }
    assertTrue(found, "no seed decodes with the test secret");
  }
}
