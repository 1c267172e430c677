package io.shapeforge.runtime.page;

import io.shapeforge.runtime.store.Key;
import io.shapeforge.runtime.store.ValueType;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Writes and checks next tokens. A token is base64url without padding of
 *
 * <pre>
 *   version (1 byte) | fingerprint (first 8 bytes of the query's SHA-256) | last key | MAC (16 bytes)
 * </pre>
 *
 * where the MAC is HMAC-SHA256, truncated to 128 bits, over the version, the whole query digest and
 * the key. Without the secret a token cannot be forged, altered or moved to another query.
 *
 * <p>The secret is random per instance, so tokens die with the process; give a fixed secret ({@link
 * #withKey}) to keep them valid across restarts or between several nodes.
 *
 * <pre>{@code
 * NextTokenCodec tokens = NextTokenCodec.withRandomKey();
 * String token = tokens.encode(query, Key.of(startTime, taskId), ORDER_TYPES);
 * Key resumeAfter = tokens.decode(token, query, ORDER_TYPES); // or InvalidNextTokenException
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class NextTokenCodec {
  /**
   * The format version written into every token. 2: strings are UTF-16 code units (version 1 wrote
   * UTF-8, which lost unpaired surrogates).
   */
  static final byte VERSION = 2;

  static final int FINGERPRINT_BYTES = 8;
  static final int MAC_BYTES = 16;
  private static final int MIN_SECRET_BYTES = 16;
  private static final int MAX_TOKEN_CHARS = 4096;
  private static final String ALGORITHM = "HmacSHA256";

  /**
   * One keyed MAC per thread, reused ({@code doFinal} resets it): a clone per token allocates two
   * hash states and their pads, more than the rest of a page's token.
   */
  private final ThreadLocal<Mac> macs;

  private NextTokenCodec(byte[] secret) {
    SecretKeySpec key = new SecretKeySpec(secret, ALGORITHM);
    newMac(key); // fails here, not on the first page, on a platform without it
    this.macs = ThreadLocal.withInitial(() -> newMac(key));
  }

  private static Mac newMac(SecretKeySpec key) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java platform has " + ALGORITHM, e);
    }
  }

  /** A codec with a fresh random 256-bit secret. */
  public static NextTokenCodec withRandomKey() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    return new NextTokenCodec(secret);
  }

  /**
   * A codec with a fixed secret, for tokens that stay valid across restarts.
   *
   * @param secret at least 16 bytes, ideally 32 random ones
   */
  public static NextTokenCodec withKey(byte[] secret) {
    if (secret.length < MIN_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "a token secret needs at least " + MIN_SECRET_BYTES + " bytes");
    }
    return new NextTokenCodec(secret.clone());
  }

  /**
   * The token that resumes {@code query} after {@code lastKey}.
   *
   * @param types the type of each key value, as {@link #decode} will expect them
   */
  public String encode(QueryFingerprint query, Key lastKey, List<ValueType> types) {
    Objects.requireNonNull(query, "query");
    if (lastKey.size() != types.size()) {
      throw new IllegalArgumentException("key " + lastKey + " does not match types " + types);
    }
    KeyBytes key = new KeyBytes();
    for (int i = 0; i < types.size(); i++) {
      if (!types.get(i).accepts(lastKey.get(i))) {
        throw new IllegalArgumentException(
            "key " + lastKey + ": value " + (i + 1) + " is not a " + types.get(i));
      }
      key.value(types.get(i), lastKey.get(i));
    }
    byte[] keyBytes = key.toByteArray();
    byte[] digest = query.digest();
    byte[] mac = mac(digest, keyBytes);
    ByteBuffer token = ByteBuffer.allocate(1 + FINGERPRINT_BYTES + keyBytes.length + MAC_BYTES);
    token.put(VERSION).put(digest, 0, FINGERPRINT_BYTES).put(keyBytes).put(mac);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(token.array());
  }

  /**
   * The last key of a token that this codec issued for {@code query}.
   *
   * @throws InvalidNextTokenException for anything else: garbage, a truncated, altered or forged
   *     token, or a token of another query; no other exception escapes for any input string
   */
  public Key decode(String token, QueryFingerprint query, List<ValueType> types) {
    try {
      return decodeStrictly(token, query, types);
    } catch (InvalidNextTokenException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new InvalidNextTokenException();
    }
  }

  private Key decodeStrictly(String token, QueryFingerprint query, List<ValueType> types) {
    if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_CHARS) {
      throw new InvalidNextTokenException();
    }
    byte[] bytes = Base64.getUrlDecoder().decode(token);
    // Only the canonical spelling is valid, so no two strings name one token.
    if (!Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(token)
        || bytes.length < 1 + FINGERPRINT_BYTES + MAC_BYTES
        || bytes[0] != VERSION) {
      throw new InvalidNextTokenException();
    }
    byte[] digest = query.digest();
    byte[] fingerprint = Arrays.copyOfRange(bytes, 1, 1 + FINGERPRINT_BYTES);
    byte[] keyBytes = Arrays.copyOfRange(bytes, 1 + FINGERPRINT_BYTES, bytes.length - MAC_BYTES);
    byte[] mac = Arrays.copyOfRange(bytes, bytes.length - MAC_BYTES, bytes.length);
    if (!MessageDigest.isEqual(mac, mac(digest, keyBytes))
        || !MessageDigest.isEqual(fingerprint, Arrays.copyOf(digest, FINGERPRINT_BYTES))) {
      throw new InvalidNextTokenException();
    }
    ByteBuffer in = ByteBuffer.wrap(keyBytes);
    Object[] values = new Object[types.size()];
    try {
      for (int i = 0; i < values.length; i++) {
        values[i] = KeyBytes.read(in, types.get(i));
      }
    } catch (BufferUnderflowException e) {
      throw new InvalidNextTokenException();
    }
    if (in.hasRemaining()) {
      throw new InvalidNextTokenException();
    }
    return Key.of(values);
  }

  private byte[] mac(byte[] queryDigest, byte[] keyBytes) {
    Mac mac = macs.get();
    mac.reset();
    mac.update(VERSION);
    mac.update(queryDigest);
    mac.update(keyBytes);
    return Arrays.copyOf(mac.doFinal(), MAC_BYTES);
  }
}
