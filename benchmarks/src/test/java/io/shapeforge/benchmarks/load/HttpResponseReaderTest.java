package io.shapeforge.benchmarks.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The framings {@link NioConnectionTest} checks on a connection, for the response reader alone: fed
 * in pieces of every size from one byte up, each response ends exactly where it ends, and the bytes
 * after it stay for the next.
 */
class HttpResponseReaderTest {
  private static final String LENGTH =
      "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-Long: " + "y".repeat(2_000) + "\r\n\r\nhello";
  private static final String CHUNKED =
      "HTTP/1.1 400 Bad Request\r\ntransfer-encoding: chunked\r\n\r\n"
          + "4;ext=1\r\nabcd\r\n10\r\n0123456789abcdef\r\n0\r\nTrailer: x\r\n\r\n";
  private static final String EMPTY = "HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n";
  private static final String CLOSING =
      "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok";

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 7, 64, 100_000})
  void readsEachFramingInPiecesOfAnySize(int piece) throws IOException {
    byte[] all = (LENGTH + CHUNKED + EMPTY + CLOSING).getBytes(StandardCharsets.US_ASCII);
    HttpResponseReader reader = new HttpResponseReader();
    StringBuilder statuses = new StringBuilder();
    for (int at = 0; at < all.length; at += piece) {
      ByteBuffer bytes = ByteBuffer.wrap(all, at, Math.min(piece, all.length - at));
      while (bytes.hasRemaining()) {
        int status = reader.read(bytes);
        if (status >= 0) {
          statuses.append(status).append(reader.keepAlive() ? " " : " close ");
        }
      }
    }
    assertEquals("200 400 204 200 close ", statuses.toString());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 5, 100})
  void aBodyWithoutLengthRunsToTheClose(int piece) throws IOException {
    byte[] all = "HTTP/1.0 200 OK\r\n\r\nbody until close".getBytes(StandardCharsets.US_ASCII);
    HttpResponseReader reader = new HttpResponseReader();
    for (int at = 0; at < all.length; at += piece) {
      assertEquals(-1, reader.read(ByteBuffer.wrap(all, at, Math.min(piece, all.length - at))));
    }
    assertEquals(200, reader.endOfStream());
    assertFalse(reader.keepAlive());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nshort",
        "HTTP/1.1 200 OK\r\nContent-Le",
        "HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n4\r\nab"
      })
  void aResponseCutOffFailsAtTheClose(String cut) throws IOException {
    HttpResponseReader reader = new HttpResponseReader();
    assertEquals(-1, reader.read(ByteBuffer.wrap(cut.getBytes(StandardCharsets.US_ASCII))));
    assertThrows(IOException.class, reader::endOfStream);
    // A new connection starts from a status line again.
    reader.reset();
    assertEquals(204, reader.read(ByteBuffer.wrap(EMPTY.getBytes(StandardCharsets.US_ASCII))));
    assertTrue(reader.keepAlive());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SSH-2.0-OpenSSH\r\n",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"
      })
  void whatIsNotAnHttpResponseFails(String garbage) {
    HttpResponseReader reader = new HttpResponseReader();
    assertThrows(
        IOException.class,
        () -> reader.read(ByteBuffer.wrap(garbage.getBytes(StandardCharsets.US_ASCII))));
  }
}
