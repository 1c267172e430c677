package io.shapeforge.benchmarks.load;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The cheapest server that still speaks keep-alive HTTP/1.1: a thread per connection reads each
 * request (headers, then {@code Content-Length} bytes of body) and writes one prepared response,
 * {@code 200} with a fixed JSON body, in a single call. It measures the load driver's own ceiling:
 * whatever rate the driver reaches here, on the same machine, is the most it could ever report for
 * a real server with a body of that size.
 *
 * <pre>{@code
 * try (FixedResponseServer server = FixedResponseServer.start(28 * 1024)) {
 *   LoadLevel level = driver.run(new AwsJsonCall(server.endpoint(), "AmazonSSM.Any", "{}"), 8);
 * }
 * }</pre>
 */
public final class FixedResponseServer implements AutoCloseable {
  private final ServerSocket listener;
  private final byte[] response;
  private final List<Socket> open = new CopyOnWriteArrayList<>();

  private FixedResponseServer(ServerSocket listener, byte[] response) {
    this.listener = listener;
    this.response = response;
  }

  /** Starts on a free loopback port, answering every request with a body of {@code bodyBytes}. */
  public static FixedResponseServer start(int bodyBytes) throws IOException {
    ServerSocket listener = new ServerSocket(0, 128, InetAddress.getLoopbackAddress());
    FixedResponseServer server = new FixedResponseServer(listener, response(bodyBytes));
    Thread acceptor = new Thread(server::accept, "fixed-response-acceptor");
    acceptor.setDaemon(true);
    acceptor.start();
    return server;
  }

  /** Where it listens, e.g. {@code http://127.0.0.1:40123/}. */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/");
  }

  @Override
  public void close() throws IOException {
    listener.close();
    for (Socket socket : open) {
      socket.close();
    }
  }

  /** A JSON body of exactly {@code bodyBytes} bytes: {@code {"Padding":"xxx..."}}. */
  private static byte[] response(int bodyBytes) {
    String wrapper = "{\"Padding\":\"\"}";
    if (bodyBytes < wrapper.length()) {
      throw new IllegalArgumentException("a body needs at least " + wrapper.length() + " bytes");
    }
    char[] padding = new char[bodyBytes - wrapper.length()];
    Arrays.fill(padding, 'x');
    byte[] body =
        ("{\"Padding\":\"" + new String(padding) + "\"}").getBytes(StandardCharsets.US_ASCII);
    byte[] head =
        ("HTTP/1.1 200 OK\r\n"
                + "Content-Type: application/x-amz-json-1.1\r\n"
                + "x-amzn-RequestId: 00000000-0000-0000-0000-000000000000\r\n"
                + "Content-Length: "
                + body.length
                + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    byte[] all = Arrays.copyOf(head, head.length + body.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return all;
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket socket = listener.accept();
        socket.setTcpNoDelay(true);
        open.add(socket);
        Thread serving = new Thread(() -> serve(socket), "fixed-response-connection");
        serving.setDaemon(true);
        serving.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    byte[] buffer = new byte[16 * 1024];
    try (socket;
        InputStream in = socket.getInputStream();
        OutputStream out = socket.getOutputStream()) {
      RequestReader reader = new RequestReader(in, buffer);
      while (reader.readRequest()) {
        out.write(response);
      }
    } catch (IOException e) {
      // The client went away; nothing to answer.
    } finally {
      open.remove(socket);
    }
  }

  /** Reads requests off one connection: headers up to the blank line, then the body. */
  private static final class RequestReader {
    private static final byte[] CONTENT_LENGTH =
        "content-length:".getBytes(StandardCharsets.US_ASCII);

    private final InputStream in;
    private final byte[] buffer;
    private int position;
    private int limit;

    RequestReader(InputStream in, byte[] buffer) {
      this.in = in;
      this.buffer = buffer;
    }

    /** Consumes one request; false at a clean end of the connection between requests. */
    boolean readRequest() throws IOException {
      long contentLength = 0;
      boolean started = false;
      while (true) {
        int lineStart = position;
        int lineFeed = indexOfLineFeed();
        if (lineFeed < 0) {
          if (!readMoreKeeping(lineStart)) {
            if (!started && limit == 0) {
              return false;
            }
            throw new EOFException("connection closed mid-request");
          }
          continue;
        }
        started = true;
        position = lineFeed + 1;
        int length = lineFeed - lineStart;
        if (length == 0 || (length == 1 && buffer[lineStart] == '\r')) {
          break;
        }
        if (startsWithIgnoringCase(lineStart, lineFeed, CONTENT_LENGTH)) {
          int valueStart = lineStart + CONTENT_LENGTH.length;
          contentLength =
              Long.parseLong(
                  new String(buffer, valueStart, lineFeed - valueStart, StandardCharsets.US_ASCII)
                      .trim());
        }
      }
      for (long left = contentLength; left > 0; ) {
        if (position == limit && !readMoreKeeping(limit)) {
          throw new EOFException("connection closed mid-body");
        }
        int taken = (int) Math.min(left, limit - position);
        position += taken;
        left -= taken;
      }
      return true;
    }

    /** The index of the next LF at or after {@code position}, or -1. */
    private int indexOfLineFeed() {
      for (int i = position; i < limit; i++) {
        if (buffer[i] == '\n') {
          return i;
        }
      }
      return -1;
    }

    private boolean startsWithIgnoringCase(int from, int to, byte[] prefix) {
      if (to - from < prefix.length) {
        return false;
      }
      for (int i = 0; i < prefix.length; i++) {
        if (Character.toLowerCase(buffer[from + i]) != prefix[i]) {
          return false;
        }
      }
      return true;
    }

    /**
     * Moves the bytes from {@code keepFrom} to the start of the buffer, with {@code position} on
     * them, and reads more after them; false at end of stream.
     */
    private boolean readMoreKeeping(int keepFrom) throws IOException {
      int kept = limit - keepFrom;
      if (kept == buffer.length) {
        throw new IOException("request header line longer than " + buffer.length + " bytes");
      }
      System.arraycopy(buffer, keepFrom, buffer, 0, kept);
      position = 0;
      limit = kept;
      int read = in.read(buffer, kept, buffer.length - kept);
      if (read < 0) {
        return false;
      }
      limit += read;
      return true;
    }
  }
}
