package io.shapeforge.benchmarks.load;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One keep-alive HTTP/1.1 connection on a plain blocking socket: writes a prepared request in one
 * call and reads the whole response (status, headers, a body by {@code Content-Length}, chunked or
 * up to the close), discarding the body into one reused buffer.
 *
 * <p>It exists because the JDK {@code HttpClient} cost more CPU per request than the emulator on
 * this 2-core machine, so it measured itself (issue 13). This reads nothing it does not need and
 * allocates only the few header lines of each response. A response that asks to close the
 * connection ({@code Connection: close}, or HTTP/1.0 without keep-alive) closes it, and the next
 * exchange opens a new one, counted in {@link #reconnects()}.
 *
 * <p>Not thread-safe: one connection per client thread.
 */
final class RawHttpConnection implements Closeable {
  private static final int BUFFER_BYTES = 64 * 1024;

  private final InetSocketAddress address;
  private final byte[] buffer = new byte[BUFFER_BYTES];
  private int position;
  private int limit;
  private Socket socket;
  private InputStream in;
  private OutputStream out;
  private int connects;
  private long lastBodyBytes;

  RawHttpConnection(InetSocketAddress address) {
    this.address = address;
  }

  /**
   * Sends {@code request} (a complete HTTP/1.1 request) and reads the response; answers its status.
   * On an I/O failure the connection is closed, so the next exchange starts on a new one.
   */
  int exchange(byte[] request) throws IOException {
    try {
      if (socket == null) {
        connect();
      }
      out.write(request);
      return readResponse();
    } catch (IOException e) {
      close();
      throw e;
    }
  }

  /** Connections opened after the first: the server closed one, or an exchange failed. */
  int reconnects() {
    return Math.max(0, connects - 1);
  }

  /** The body length of the last response read. */
  long lastBodyBytes() {
    return lastBodyBytes;
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // Closing a socket we are done with; nothing to recover.
      }
      socket = null;
    }
    position = 0;
    limit = 0;
  }

  private void connect() throws IOException {
    Socket opened = new Socket();
    opened.setTcpNoDelay(true);
    opened.connect(address, 10_000);
    opened.setSoTimeout(60_000);
    socket = opened;
    in = opened.getInputStream();
    out = opened.getOutputStream();
    connects++;
  }

  private int readResponse() throws IOException {
    String statusLine = readLine();
    // "HTTP/1.1 200 OK": the code sits at 9..12.
    if (statusLine.length() < 12 || !statusLine.startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP response: " + statusLine);
    }
    int status = Integer.parseInt(statusLine.substring(9, 12));
    boolean keepAlive = statusLine.startsWith("HTTP/1.1");
    long contentLength = -1;
    boolean chunked = false;
    for (String header = readLine(); !header.isEmpty(); header = readLine()) {
      int colon = header.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = header.substring(0, colon).trim();
      String value = header.substring(colon + 1).trim();
      if (name.equalsIgnoreCase("Content-Length")) {
        contentLength = Long.parseLong(value);
      } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
        chunked = value.toLowerCase(java.util.Locale.ROOT).contains("chunked");
      } else if (name.equalsIgnoreCase("Connection")) {
        if (value.equalsIgnoreCase("close")) {
          keepAlive = false;
        } else if (value.equalsIgnoreCase("keep-alive")) {
          keepAlive = true;
        }
      }
    }
    if (chunked) {
      lastBodyBytes = skipChunkedBody();
    } else if (contentLength >= 0) {
      skip(contentLength);
      lastBodyBytes = contentLength;
    } else {
      lastBodyBytes = skipToClose();
      keepAlive = false;
    }
    if (!keepAlive) {
      close();
    }
    return status;
  }

  private long skipChunkedBody() throws IOException {
    long total = 0;
    while (true) {
      String sizeLine = readLine();
      int extension = sizeLine.indexOf(';');
      long size =
          Long.parseLong((extension < 0 ? sizeLine : sizeLine.substring(0, extension)).trim(), 16);
      if (size == 0) {
        while (!readLine().isEmpty()) {
          // trailers, unused
        }
        return total;
      }
      skip(size);
      total += size;
      if (!readLine().isEmpty()) {
        throw new IOException("chunk not followed by CRLF");
      }
    }
  }

  private long skipToClose() throws IOException {
    long total = limit - position;
    position = limit;
    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
      total += read;
    }
    return total;
  }

  private void skip(long bytes) throws IOException {
    long left = bytes;
    while (left > 0) {
      if (position == limit) {
        fill();
      }
      int taken = (int) Math.min(left, limit - position);
      position += taken;
      left -= taken;
    }
  }

  /** One line without its CRLF (a bare LF is accepted), as ASCII. */
  private String readLine() throws IOException {
    StringBuilder line = null;
    while (true) {
      if (position == limit) {
        fill();
      }
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      if (position < limit) {
        int end = position > start && buffer[position - 1] == '\r' ? position - 1 : position;
        position++; // the LF
        if (line == null) {
          return new String(buffer, start, end - start, StandardCharsets.ISO_8859_1);
        }
        line.append(new String(buffer, start, position - 1 - start, StandardCharsets.ISO_8859_1));
        int length = line.length();
        return length > 0 && line.charAt(length - 1) == '\r'
            ? line.substring(0, length - 1)
            : line.toString();
      }
      // The line goes on past the buffered bytes.
      if (line == null) {
        line = new StringBuilder();
      }
      line.append(new String(buffer, start, position - start, StandardCharsets.ISO_8859_1));
    }
  }

  /** Refills the buffer from the start; at least one byte, or EOFException. */
  private void fill() throws IOException {
    int read = in.read(buffer, 0, buffer.length);
    if (read < 0) {
      throw new EOFException("server closed the connection mid-response");
    }
    position = 0;
    limit = read;
  }
}
