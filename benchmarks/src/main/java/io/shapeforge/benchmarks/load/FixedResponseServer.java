package io.shapeforge.benchmarks.load;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;

/**
 * The cheapest server that still speaks keep-alive HTTP/1.1: one thread, with non-blocking I/O for
 * every connection, reads each request (headers, then {@code Content-Length} bytes of body) and
 * writes one prepared response, {@code 200} with a fixed JSON body. It measures the load driver's
 * own ceiling: whatever rate the driver reaches here, on the same machine, is the most it could
 * ever report for a real server with a body of that size.
 *
 * <p>One thread rather than one per connection: on 2 cores, 32 server threads woken once per
 * request each took CPU the driver's ceiling is meant to show, as 32 driver threads did.
 *
 * <pre>{@code
 * try (FixedResponseServer server = FixedResponseServer.start(28 * 1024)) {
 *   LoadLevel level = driver.run(new AwsJsonCall(server.endpoint(), "AmazonSSM.Any", "{}"), 8);
 * }
 * }</pre>
 */
public final class FixedResponseServer implements AutoCloseable {
  /** Room for one request's headers and body; a larger one closes its connection. */
  private static final int REQUEST_BYTES = 16 * 1024;

  private static final byte[] CONTENT_LENGTH =
      "content-length:".getBytes(StandardCharsets.US_ASCII);

  private final ServerSocketChannel listener;
  private final Selector selector;
  private final ByteBuffer response;
  private final Thread loop;
  private volatile boolean closed;

  private FixedResponseServer(ServerSocketChannel listener, Selector selector, byte[] response) {
    this.listener = listener;
    this.selector = selector;
    this.response = ByteBuffer.wrap(response).asReadOnlyBuffer();
    this.loop = new Thread(this::serve, "fixed-response-server");
    loop.setDaemon(true);
  }

  /** Starts on a free loopback port, answering every request with a body of {@code bodyBytes}. */
  public static FixedResponseServer start(int bodyBytes) throws IOException {
    byte[] response = response(bodyBytes);
    ServerSocketChannel listener = ServerSocketChannel.open();
    listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    listener.configureBlocking(false);
    Selector selector = Selector.open();
    listener.register(selector, SelectionKey.OP_ACCEPT);
    FixedResponseServer server = new FixedResponseServer(listener, selector, response);
    server.loop.start();
    return server;
  }

  /** Where it listens, e.g. {@code http://127.0.0.1:40123/}. */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + listener.socket().getLocalPort() + "/");
  }

  /** Stops the loop, which closes every connection and the listener on its way out. */
  @Override
  public void close() {
    closed = true;
    selector.wakeup();
    try {
      loop.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
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

  private void serve() {
    try {
      while (!closed) {
        selector.select();
        Iterator<SelectionKey> ready = selector.selectedKeys().iterator();
        while (ready.hasNext()) {
          SelectionKey key = ready.next();
          ready.remove();
          try {
            if (key.isAcceptable()) {
              accept();
            } else if (key.isWritable()) {
              ((Connection) key.attachment()).writeMore(key);
            } else if (key.isReadable()) {
              ((Connection) key.attachment()).readMore(key);
            }
          } catch (IOException | RuntimeException e) {
            // The client went away, or sent what this server does not read; it is done.
            closeQuietly(key);
          }
        }
      }
    } catch (IOException e) {
      // The selector failed: nothing more can be served.
    } finally {
      selector.keys().forEach(FixedResponseServer::closeQuietly);
      try {
        selector.close();
      } catch (IOException ignored) {
        // On the way out; nothing to recover.
      }
    }
  }

  /** Closes a key's channel, the listener's included. */
  private static void closeQuietly(SelectionKey key) {
    try {
      key.channel().close();
    } catch (IOException ignored) {
      // On the way out; nothing to recover.
    }
  }

  private void accept() throws IOException {
    SocketChannel channel = listener.accept();
    if (channel == null) {
      return;
    }
    channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
    channel.configureBlocking(false);
    channel.register(selector, SelectionKey.OP_READ, new Connection(channel));
  }

  /** One connection: the request bytes read so far, and the answer still to write. */
  private final class Connection {
    private final SocketChannel channel;
    private final ByteBuffer request = ByteBuffer.allocate(REQUEST_BYTES);
    private ByteBuffer answer;

    Connection(SocketChannel channel) {
      this.channel = channel;
    }

    void readMore(SelectionKey key) throws IOException {
      if (channel.read(request) < 0) {
        throw new IOException("closed");
      }
      int length = completeRequestLength();
      if (length < 0) {
        if (!request.hasRemaining()) {
          throw new IOException("a request over " + REQUEST_BYTES + " bytes");
        }
        return;
      }
      // Keep whatever came after this request (none, with a closed-loop client) for the next.
      request.flip();
      request.position(length);
      request.compact();
      answer = response.duplicate();
      writeMore(key);
    }

    void writeMore(SelectionKey key) throws IOException {
      channel.write(answer);
      key.interestOps(answer.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
    }

    /** The length of the first whole request in the buffer (headers and body), or -1. */
    private int completeRequestLength() throws IOException {
      byte[] bytes = request.array();
      int end = request.position();
      int headersEnd = -1;
      for (int i = 3; i < end; i++) {
        boolean blankLine =
            bytes[i] == '\n'
                && bytes[i - 1] == '\r'
                && bytes[i - 2] == '\n'
                && bytes[i - 3] == '\r';
        if (blankLine) {
          headersEnd = i + 1;
          break;
        }
      }
      if (headersEnd < 0) {
        return -1;
      }
      long body = contentLength(bytes, headersEnd);
      if (body > REQUEST_BYTES) {
        throw new IOException("a request body of " + body + " bytes");
      }
      return headersEnd + body <= end ? headersEnd + (int) body : -1;
    }

    /** The Content-Length among the header lines before {@code headersEnd}, or 0. */
    private long contentLength(byte[] bytes, int headersEnd) {
      int lineStart = 0;
      for (int i = 0; i < headersEnd; i++) {
        if (bytes[i] != '\n') {
          continue;
        }
        if (startsWithIgnoringCase(bytes, lineStart, i, CONTENT_LENGTH)) {
          int valueStart = lineStart + CONTENT_LENGTH.length;
          return Long.parseLong(
              new String(bytes, valueStart, i - valueStart, StandardCharsets.US_ASCII).trim());
        }
        lineStart = i + 1;
      }
      return 0;
    }
  }

  private static boolean startsWithIgnoringCase(byte[] bytes, int from, int to, byte[] prefix) {
    if (to - from < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (Character.toLowerCase(bytes[from + i]) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
