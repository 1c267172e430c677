package io.shapeforge.runtime.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapeforge.runtime.store.Key;
import io.shapeforge.runtime.store.ValueType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class NextTokenCodecTest {
  private static final List<ValueType> TYPES = List.of(ValueType.INSTANT, ValueType.STRING);
  private static final QueryFingerprint QUERY =
      QueryFingerprint.builder("DescribeTasks")
          .scope("exec-1")
          .filter("STATUS", List.of("SUCCESS", "FAILED"))
          .build();
  private static final Key LAST = Key.of(Instant.ofEpochSecond(1628100935, 145_000_000), "task-42");

  private final NextTokenCodec codec = NextTokenCodec.withRandomKey();
  private final String token = codec.encode(QUERY, LAST, TYPES);

  private void assertRejected(String candidate, QueryFingerprint query) {
    InvalidNextTokenException error =
        assertThrows(
            InvalidNextTokenException.class,
            () -> codec.decode(candidate, query, TYPES),
            () -> "accepted " + candidate);
    assertEquals("InvalidNextToken", error.errorCode());
    assertEquals(400, error.httpStatus());
    assertEquals("The specified token isn't valid.", error.getMessage());
  }

  @Test
  void roundTripsEveryValueTypeAndNulls() {
    List<ValueType> all =
        List.of(
            ValueType.STRING,
            ValueType.INSTANT,
            ValueType.INTEGER,
            ValueType.LONG,
            ValueType.BOOLEAN,
            ValueType.STRING,
            ValueType.INSTANT);
    Key key =
        Key.of(
            "héllo \u0000 ✓", Instant.ofEpochSecond(-5, 1), -7, Long.MIN_VALUE, true, null, null);
    assertEquals(key, codec.decode(codec.encode(QUERY, key, all), QUERY, all));
    assertEquals(LAST, codec.decode(token, QUERY, TYPES));
  }

  @Test
  void tokensAreUrlSafeWithoutPaddingAndCarryAVersion() {
    assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
    assertEquals(NextTokenCodec.VERSION, Base64.getUrlDecoder().decode(token)[0]);
  }

  @Test
  void rejectsEveryFlippedBitOfEveryByte() {
    byte[] bytes = Base64.getUrlDecoder().decode(token);
    for (int position = 0; position < bytes.length; position++) {
      for (int bit = 0; bit < 8; bit++) {
        byte[] tampered = bytes.clone();
        tampered[position] ^= (byte) (1 << bit);
        assertRejected(Base64.getUrlEncoder().withoutPadding().encodeToString(tampered), QUERY);
      }
    }
  }

  @Test
  void rejectsEveryChangedCharacterIncludingNonCanonicalSpellings() {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/.";
    for (int position = 0; position < token.length(); position++) {
      for (char replacement : alphabet.toCharArray()) {
        if (replacement != token.charAt(position)) {
          assertRejected(
              token.substring(0, position) + replacement + token.substring(position + 1), QUERY);
        }
      }
    }
    assertRejected(token + "=", QUERY);
    assertRejected(token + "==", QUERY);
    assertRejected(" " + token, QUERY);
  }

  @Test
  void rejectsEveryTruncationAndExtension() {
    for (int length = 0; length < token.length(); length++) {
      assertRejected(token.substring(0, length), QUERY);
    }
    byte[] bytes = Base64.getUrlDecoder().decode(token);
    for (int length = 0; length < bytes.length; length++) {
      assertRejected(
          Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(bytes, length)),
          QUERY);
    }
    assertRejected(token + "A", QUERY);
    assertRejected(token + token, QUERY);
  }

  @Test
  void rejectsATokenOfAnotherQuery() {
    assertRejected(
        token,
        QueryFingerprint.builder("DescribeTasks")
            .scope("exec-2")
            .filter("STATUS", List.of("SUCCESS", "FAILED"))
            .build());
    assertRejected(
        token,
        QueryFingerprint.builder("DescribeTasks")
            .scope("exec-1")
            .filter("STATUS", List.of("SUCCESS"))
            .build());
    assertRejected(token, QueryFingerprint.builder("DescribeTasks").scope("exec-1").build());
    assertRejected(
        token,
        QueryFingerprint.builder("DescribeOtherTasks")
            .scope("exec-1")
            .filter("STATUS", List.of("SUCCESS", "FAILED"))
            .build());
  }

  @Test
  void rejectsTokensOfAnotherSecretAndForgeries() {
    assertRejected(NextTokenCodec.withRandomKey().encode(QUERY, LAST, TYPES), QUERY);
    byte[] forged = Base64.getUrlDecoder().decode(token);
    Arrays.fill(forged, forged.length - NextTokenCodec.MAC_BYTES, forged.length, (byte) 0);
    assertRejected(Base64.getUrlEncoder().withoutPadding().encodeToString(forged), QUERY);
  }

  @Test
  void rejectsGarbage() {
    for (String garbage :
        List.of(
            "",
            " ",
            "null",
            "=",
            "====",
            "%%%",
            "AAAA",
            "eyJrZXkiOiJ2YWx1ZSJ9",
            "\u0000",
            "✓✓✓",
            "a".repeat(100_000))) {
      assertRejected(garbage, QUERY);
    }
    assertRejected(null, QUERY);
  }

  @Property(tries = 500)
  void rejectsArbitraryStrings(@ForAll String garbage) {
    assertRejected(garbage, QUERY);
  }

  @Property(tries = 500)
  void rejectsArbitraryBytes(@ForAll byte[] garbage) {
    assertRejected(Base64.getUrlEncoder().withoutPadding().encodeToString(garbage), QUERY);
  }

  @Test
  void aFixedSecretKeepsTokensValidAcrossInstances() {
    byte[] secret = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    String stable = NextTokenCodec.withKey(secret).encode(QUERY, LAST, TYPES);
    assertEquals(LAST, NextTokenCodec.withKey(secret.clone()).decode(stable, QUERY, TYPES));
    assertThrows(IllegalArgumentException.class, () -> NextTokenCodec.withKey(new byte[8]));
  }

  @Test
  void theKeyMustMatchItsTypes() {
    assertThrows(
        IllegalArgumentException.class, () -> codec.encode(QUERY, Key.of("x", "y"), TYPES));
    assertThrows(IllegalArgumentException.class, () -> codec.encode(QUERY, Key.of("x"), TYPES));
    // A token decoded with other types is rejected, not misread.
    assertRejected(
        codec.encode(QUERY, Key.of("a", "b"), List.of(ValueType.STRING, ValueType.STRING)), QUERY);
  }

  @Test
  void fingerprintsIgnoreValueOrderAndFilterOrderButKeepRepeatedFilters() {
    QueryFingerprint base =
        QueryFingerprint.builder("Op")
            .scope("s")
            .filter("STATUS", List.of("A", "B"))
            .filter("TYPE", List.of("X"))
            .build();
    assertEquals(
        base,
        QueryFingerprint.builder("Op")
            .scope("s")
            .filter("TYPE", List.of("X"))
            .filter("STATUS", List.of("B", "A", "B"))
            .build());
    assertNotEquals(
        base,
        QueryFingerprint.builder("Op")
            .scope("s")
            .filter("STATUS", List.of("A", "B"))
            .filter("TYPE", List.of("X"))
            .filter("TYPE", List.of("X"))
            .build());
    assertNotEquals(
        base,
        QueryFingerprint.builder("Op")
            .scope("s")
            .filter("STATUS", List.of("A"))
            .filter("STATUS", List.of("B"))
            .filter("TYPE", List.of("X"))
            .build());
    assertNotEquals(
        base,
        QueryFingerprint.builder("Op")
            .scope("s")
            .filter("STATUS", List.of("AB"))
            .filter("TYPE", List.of("X"))
            .build());
    assertNotEquals(
        QueryFingerprint.builder("Op").scope("1").build(),
        QueryFingerprint.builder("Op").scope(1).build());
  }
}
