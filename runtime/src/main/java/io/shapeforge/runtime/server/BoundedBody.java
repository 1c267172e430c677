package io.shapeforge.runtime.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body of at most a given size. A longer body is noticed as soon as one byte past
 * the limit arrives, and reading stops there: a chunked upload of any size costs at most the limit.
 */
final class BoundedBody {
  private static final int BUFFER = 8192;

  private BoundedBody() {}

  /**
   * The whole body, or {@code null} when it is longer than {@code maxBytes}.
   *
   * @param expectedLength the declared Content-Length, or -1 when unknown (chunked)
   */
  static byte[] read(InputStream in, long maxBytes, long expectedLength) throws IOException {
    int initial =
        (int)
            Math.min(
                expectedLength >= 0 ? expectedLength : BUFFER, Math.min(maxBytes, BUFFER * 8L));
    ByteArrayOutputStream body = new ByteArrayOutputStream(Math.max(initial, 32));
    byte[] buffer = new byte[BUFFER];
    long total = 0;
    while (true) {
      long room = maxBytes + 1 - total;
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, room));
      if (n < 0) {
        return body.toByteArray();
      }
      total += n;
      if (total > maxBytes) {
        return null;
      }
      body.write(buffer, 0, n);
    }
  }

  /** Reads and drops at most {@code maxBytes} more bytes of {@code in}, or until its end. */
  static void discard(InputStream in, long maxBytes) throws IOException {
    byte[] buffer = new byte[BUFFER];
    long left = maxBytes;
    while (left > 0) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (n < 0) {
        return;
      }
      left -= n;
    }
  }
}
