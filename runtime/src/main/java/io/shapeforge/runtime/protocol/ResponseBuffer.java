package io.shapeforge.runtime.protocol;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growable byte buffer that one thread reuses for the body of every answer it writes, so that an
 * answer costs no new array: a transport hands one to {@link AwsJsonDispatcher#dispatch(String,
 * byte[], ResponseBuffer)}, writes {@link ProtocolResponse#writeBody} with the known length, and
 * reuses the buffer for the next request.
 *
 * <p>Building each 24 KB page as a fresh {@code byte[]} (Jackson's {@code ByteArrayBuilder} in
 * chunks, then copied whole by {@code toByteArray}) was 18% of the emulator's CPU under 32 clients,
 * and the garbage it made drove a young collection every 170 ms, whose pauses made the p99.
 *
 * <p>Not thread-safe: one buffer belongs to one thread. A buffer that once grew past {@link
 * #RETAINED_CAPACITY} for a large answer is given back on the next {@link #reset()}, so that a pool
 * of threads does not keep the largest answer each ever wrote.
 */
public final class ResponseBuffer extends OutputStream {
  /** Enough for a 100-item page of most shapes without growing. */
  static final int INITIAL_CAPACITY = 32 * 1024;

  /** The most a buffer keeps between answers. */
  static final int RETAINED_CAPACITY = 256 * 1024;

  private byte[] bytes = new byte[INITIAL_CAPACITY];
  private int size;

  /**
   * Forgets the previous answer; the bytes of a response that still shares them are overwritten.
   */
  public void reset() {
    size = 0;
    if (bytes.length > RETAINED_CAPACITY) {
      bytes = new byte[INITIAL_CAPACITY];
    }
  }

  /** How many bytes were written since the last {@link #reset()}. */
  public int size() {
    return size;
  }

  @Override
  public void write(int b) {
    ensureRoom(1);
    bytes[size++] = (byte) b;
  }

  @Override
  public void write(byte[] source, int offset, int length) {
    ensureRoom(length);
    System.arraycopy(source, offset, bytes, size, length);
    size += length;
  }

  /** Nothing to release: the buffer lives as long as its thread. */
  @Override
  public void close() {}

  /**
   * The array that holds the bytes, from 0 to {@link #size()}; shared, for {@link
   * ProtocolResponse}.
   */
  byte[] array() {
    return bytes;
  }

  private void ensureRoom(int more) {
    if (more > bytes.length - size) {
      long wanted = Math.max((long) size + more, 2L * bytes.length);
      if ((long) size + more > Integer.MAX_VALUE - 8) {
        throw new OutOfMemoryError("an answer over 2 GB");
      }
      bytes = Arrays.copyOf(bytes, (int) Math.min(wanted, Integer.MAX_VALUE - 8));
    }
  }
}
