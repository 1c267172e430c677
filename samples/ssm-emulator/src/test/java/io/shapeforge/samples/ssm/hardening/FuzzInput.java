package io.shapeforge.samples.ssm.hardening;

import java.nio.ByteBuffer;

/**
 * Reads typed values off a fuzzer's raw bytes, big-endian, with a fixed default once the bytes run
 * out. Test-owned on purpose: the committed corpus files then mean the same thing whatever jazzer's
 * own data provider does in a later version.
 */
final class FuzzInput {
  private final ByteBuffer bytes;

  FuzzInput(byte[] input) {
    this.bytes = ByteBuffer.wrap(input);
  }

  boolean nextBoolean() {
    return bytes.hasRemaining() && (bytes.get() & 1) == 1;
  }

  int nextInt() {
    return bytes.remaining() >= Integer.BYTES ? bytes.getInt() : 0;
  }

  long nextLong() {
    return bytes.remaining() >= Long.BYTES ? bytes.getLong() : 0L;
  }

  char nextChar() {
    return bytes.remaining() >= Character.BYTES ? bytes.getChar() : 'A';
  }

  /** Up to {@code maxLength} UTF-16 units, lone surrogates included: a string as Java holds it. */
  String nextString(int maxLength) {
    int length = Math.floorMod(nextInt(), maxLength + 1);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length && bytes.remaining() >= Character.BYTES; i++) {
      text.append(bytes.getChar());
    }
    return text.toString();
  }
}
