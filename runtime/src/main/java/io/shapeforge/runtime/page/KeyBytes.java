package io.shapeforge.runtime.page;

import io.shapeforge.runtime.store.ValueType;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;

/**
 * The binary form of typed key values inside tokens and fingerprints: per value a presence byte
 * ({@code 0} null, {@code 1} present) and then the value. Reading is strict: any byte that a writer
 * would not have produced is an error.
 *
 * <p>It writes into its own growing array rather than a {@code ByteArrayOutputStream}, whose every
 * one-byte write takes a lock: a page's fingerprint and token are a few hundred such writes, and
 * those locks cost more than hashing the bytes (measured: 5 µs of a 23 µs page).
 */
final class KeyBytes {
  private static final int NULL = 0;
  private static final int PRESENT = 1;
  private static final int MAX_NANOS = 999_999_999;

  private byte[] bytes = new byte[128];
  private int length;

  byte[] toByteArray() {
    return Arrays.copyOf(bytes, length);
  }

  /** Feeds the bytes written so far to {@code digest}, without copying them. */
  void writeTo(MessageDigest digest) {
    digest.update(bytes, 0, length);
  }

  private void write(int value) {
    if (length == bytes.length) {
      bytes = Arrays.copyOf(bytes, length * 2);
    }
    bytes[length++] = (byte) value;
  }

  private void write(byte[] value, int from, int count) {
    if (length + count > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(length * 2, length + count));
    }
    System.arraycopy(value, from, bytes, length, count);
    length += count;
  }

  KeyBytes value(ValueType type, Object value) {
    if (value == null) {
      write(NULL);
      return this;
    }
    write(PRESENT);
    switch (type) {
      case STRING -> string((String) value);
      case INSTANT -> {
        Instant instant = (Instant) value;
        int64(instant.getEpochSecond());
        int32(instant.getNano());
      }
      case INTEGER -> int32((Integer) value);
      case LONG -> int64((Long) value);
      case BOOLEAN -> write((Boolean) value ? 1 : 0);
      default -> throw new IllegalArgumentException("no encoding for " + type);
    }
    return this;
  }

  /** A string that may be {@code null}, for fingerprints. */
  KeyBytes nullableString(String value) {
    return value(ValueType.STRING, value);
  }

  /**
   * A string as its UTF-16 code units, not as UTF-8: UTF-8 cannot hold an unpaired surrogate
   * ({@code getBytes} turns it into {@code ?}), so two different keys or queries would share one
   * encoding, and a page would resume from the wrong place (found by NextTokenFuzzTest).
   */
  KeyBytes string(String value) {
    int32(value.length());
    for (int i = 0; i < value.length(); i++) {
      char unit = value.charAt(i);
      write(unit >>> 8);
      write(unit);
    }
    return this;
  }

  KeyBytes bytes(byte[] value) {
    int32(value.length);
    write(value, 0, value.length);
    return this;
  }

  KeyBytes int32(int value) {
    for (int shift = 24; shift >= 0; shift -= 8) {
      write(value >>> shift);
    }
    return this;
  }

  KeyBytes int64(long value) {
    for (int shift = 56; shift >= 0; shift -= 8) {
      write((int) (value >>> shift));
    }
    return this;
  }

  /**
   * Reads one value of {@code type}.
   *
   * @throws IllegalArgumentException or {@link BufferUnderflowException} on malformed input
   */
  static Object read(ByteBuffer in, ValueType type) {
    int presence = in.get();
    if (presence == NULL) {
      return null;
    }
    if (presence != PRESENT) {
      throw new IllegalArgumentException("bad presence byte");
    }
    switch (type) {
      case STRING:
        return readString(in);
      case INSTANT:
        {
          long seconds = in.getLong();
          int nanos = in.getInt();
          if (nanos < 0 || nanos > MAX_NANOS) {
            throw new IllegalArgumentException("bad nanos");
          }
          return Instant.ofEpochSecond(seconds, nanos);
        }
      case INTEGER:
        return in.getInt();
      case LONG:
        return in.getLong();
      case BOOLEAN:
        {
          int flag = in.get();
          if (flag != 0 && flag != 1) {
            throw new IllegalArgumentException("bad boolean");
          }
          return flag == 1;
        }
      default:
        throw new IllegalArgumentException("no encoding for " + type);
    }
  }

  private static String readString(ByteBuffer in) {
    int length = in.getInt();
    if (length < 0 || length > in.remaining() / Character.BYTES) {
      throw new IllegalArgumentException("bad string length");
    }
    char[] units = new char[length];
    for (int i = 0; i < length; i++) {
      units[i] = in.getChar();
    }
    return new String(units);
  }
}
