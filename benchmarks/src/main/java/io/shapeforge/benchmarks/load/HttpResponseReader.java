package io.shapeforge.benchmarks.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Locale;

/**
 * Reads HTTP/1.1 responses from bytes as they arrive, in any split: the status line, the headers, a
 * body by {@code Content-Length} or chunked, which it skips without keeping. It is {@link
 * NioConnection}'s reading, for a non-blocking connection, where a read gives whatever bytes are
 * there and the response continues on the next one.
 *
 * <p>A body with neither (HTTP/1.0 style) runs up to the close: {@link #endOfStream()} ends it.
 *
 * <p>Not thread-safe: one reader per connection.
 */
final class HttpResponseReader {
  /** The longest status, header or chunk-size line accepted. */
  static final int MAX_LINE = 8 * 1024;

  private enum State {
    STATUS,
    HEADERS,
    BODY,
    CHUNK_SIZE,
    CHUNK_DATA,
    CHUNK_END,
    TRAILERS,
    TO_CLOSE
  }

  private final StringBuilder line = new StringBuilder();
  private State state = State.STATUS;
  private int status;
  private boolean keepAlive;
  private long contentLength;
  private boolean chunked;
  private long left;

  /** Forgets a response cut off half-way, for a new connection. */
  void reset() {
    state = State.STATUS;
    line.setLength(0);
  }

  /** Whether the last complete response lets the connection be used again. */
  boolean keepAlive() {
    return keepAlive;
  }

  /**
   * Consumes bytes of {@code bytes} (in read mode) up to the end of one response.
   *
   * @return the response's status once it is complete, with the bytes after it left in {@code
   *     bytes}; -1 when every byte was consumed and more are needed
   */
  int read(ByteBuffer bytes) throws IOException {
    while (bytes.hasRemaining()) {
      switch (state) {
        case STATUS -> {
          if (readLine(bytes)) {
            startResponse(takeLine());
          }
        }
        case HEADERS -> {
          if (readLine(bytes)) {
            String header = takeLine();
            if (header.isEmpty()) {
              if (endHeaders()) {
                return finish();
              }
            } else {
              header(header);
            }
          }
        }
        case TO_CLOSE -> bytes.position(bytes.limit());
        case BODY, CHUNK_DATA -> {
          int taken = (int) Math.min(left, bytes.remaining());
          bytes.position(bytes.position() + taken);
          left -= taken;
          if (left == 0) {
            if (state == State.BODY) {
              return finish();
            }
            state = State.CHUNK_END;
          }
        }
        case CHUNK_SIZE -> {
          if (readLine(bytes)) {
            String size = takeLine();
            int extension = size.indexOf(';');
            left = parseHex((extension < 0 ? size : size.substring(0, extension)).trim());
            state = left == 0 ? State.TRAILERS : State.CHUNK_DATA;
          }
        }
        case CHUNK_END -> {
          if (readLine(bytes)) {
            if (!takeLine().isEmpty()) {
              throw new IOException("chunk not followed by CRLF");
            }
            state = State.CHUNK_SIZE;
          }
        }
        case TRAILERS -> {
          if (readLine(bytes) && takeLine().isEmpty()) {
            return finish();
          }
        }
      }
    }
    return -1;
  }

  private void startResponse(String statusLine) throws IOException {
    // "HTTP/1.1 200 OK": the code sits at 9..12.
    if (statusLine.length() < 12 || !statusLine.startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP response: " + statusLine);
    }
    status = Integer.parseInt(statusLine.substring(9, 12));
    keepAlive = statusLine.startsWith("HTTP/1.1");
    contentLength = -1;
    chunked = false;
    state = State.HEADERS;
  }

  private void header(String header) {
    int colon = header.indexOf(':');
    if (colon < 0) {
      return;
    }
    String name = header.substring(0, colon).trim();
    String value = header.substring(colon + 1).trim();
    if (name.equalsIgnoreCase("Content-Length")) {
      contentLength = Long.parseLong(value);
    } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
      chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
    } else if (name.equalsIgnoreCase("Connection")) {
      if (value.equalsIgnoreCase("close")) {
        keepAlive = false;
      } else if (value.equalsIgnoreCase("keep-alive")) {
        keepAlive = true;
      }
    }
  }

  /** Chooses how the body is read; answers whether the response ends with its headers. */
  private boolean endHeaders() throws IOException {
    if (chunked) {
      state = State.CHUNK_SIZE;
      return false;
    }
    if (contentLength < 0) {
      keepAlive = false;
      state = State.TO_CLOSE;
      return false;
    }
    left = contentLength;
    state = State.BODY;
    return contentLength == 0;
  }

  /**
   * The server closed the connection: that ends a body that runs up to the close.
   *
   * @return the response's status
   * @throws IOException when the response was cut off instead
   */
  int endOfStream() throws IOException {
    if (state != State.TO_CLOSE) {
      throw new IOException("server closed the connection mid-response");
    }
    return finish();
  }

  private int finish() {
    state = State.STATUS;
    return status;
  }

  /** Appends to the current line up to its LF; answers whether the line is complete. */
  private boolean readLine(ByteBuffer bytes) throws IOException {
    while (bytes.hasRemaining()) {
      byte b = bytes.get();
      if (b == '\n') {
        return true;
      }
      if (line.length() == MAX_LINE) {
        throw new IOException("a response line over " + MAX_LINE + " bytes");
      }
      line.append((char) (b & 0xff));
    }
    return false;
  }

  /** The complete line without its CR (a bare LF is accepted), and starts the next one. */
  private String takeLine() {
    int length = line.length();
    if (length > 0 && line.charAt(length - 1) == '\r') {
      length--;
    }
    String taken = line.substring(0, length);
    line.setLength(0);
    return taken;
  }

  private static long parseHex(String size) throws IOException {
    try {
      return Long.parseLong(size, 16);
    } catch (NumberFormatException e) {
      throw new IOException("bad chunk size: " + size, e);
    }
  }
}
