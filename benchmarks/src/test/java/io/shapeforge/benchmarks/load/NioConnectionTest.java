package io.shapeforge.benchmarks.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The response framings a real server may choose, each written by a scripted server byte for byte:
 * the connection must read exactly one response per exchange, whatever the framing and however the
 * bytes are split across writes, and open a new connection after a server closed one.
 */
@Timeout(30)
class NioConnectionTest {
  private static final byte[] REQUEST =
      "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}"
          .getBytes(StandardCharsets.US_ASCII);

  @Test
  void readsContentLengthAndChunkedAnswersOnOneKeptAliveConnection() throws Exception {
    String lengthAnswer = "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello";
    String chunkedAnswer =
        "HTTP/1.1 400 Bad Request\r\ntransfer-encoding: chunked\r\n\r\n"
            + "4;ext=1\r\nabcd\r\n10\r\n0123456789abcdef\r\n0\r\nTrailer: x\r\n\r\n";
    try (ScriptedServer server = new ScriptedServer(List.of(lengthAnswer, chunkedAnswer));
        Selector selector = Selector.open();
        NioConnection connection = new NioConnection(server.address())) {
      assertEquals(200, exchange(connection, selector));
      assertEquals(400, exchange(connection, selector));
      assertEquals(200, exchange(connection, selector));
      assertEquals(0, connection.reconnects());
      assertEquals(1, server.connections.get());
    }
  }

  @Test
  void answersSplitIntoSingleBytesReadTheSame() throws Exception {
    String answer =
        "HTTP/1.1 200 OK\r\nContent-Length: 3\r\nX-Long: " + "y".repeat(2_000) + "\r\n\r\nabc";
    try (ScriptedServer server = new ScriptedServer(List.of(answer), true);
        Selector selector = Selector.open();
        NioConnection connection = new NioConnection(server.address())) {
      assertEquals(200, exchange(connection, selector));
      assertEquals(200, exchange(connection, selector));
    }
  }

  @Test
  void connectionCloseAndBodiesUpToTheCloseOpenANewConnection() throws Exception {
    String closing = "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok";
    String untilClose = "HTTP/1.0 200 OK\r\n\r\nbody until close";
    try (ScriptedServer server = new ScriptedServer(List.of(closing, untilClose));
        Selector selector = Selector.open();
        NioConnection connection = new NioConnection(server.address())) {
      assertEquals(200, exchange(connection, selector));
      assertEquals(200, exchange(connection, selector));
      assertEquals(200, exchange(connection, selector));
      assertEquals(2, connection.reconnects());
      assertEquals(3, server.connections.get());
    }
  }

  @Test
  void aConnectionClosedMidResponseFailsTheExchange() throws Exception {
    String truncated = "HTTP/1.1 200 OK\r\nContent-Length: 100\r\nConnection: close\r\n\r\nshort";
    try (ScriptedServer server = new ScriptedServer(List.of(truncated));
        Selector selector = Selector.open();
        NioConnection connection = new NioConnection(server.address())) {
      assertThrows(IOException.class, () -> exchange(connection, selector));
    }
  }

  /** One exchange as the driver's loop makes it, on a selector of its own. */
  private static int exchange(NioConnection connection, Selector selector) throws IOException {
    connection.send(ByteBuffer.wrap(REQUEST), selector);
    ByteBuffer scratch = ByteBuffer.allocate(64 * 1024);
    while (true) {
      if (selector.select(10_000) == 0) {
        throw new IOException("no answer in 10 s");
      }
      Iterator<SelectionKey> ready = selector.selectedKeys().iterator();
      while (ready.hasNext()) {
        SelectionKey key = ready.next();
        ready.remove();
        if (key.isWritable()) {
          connection.writable();
          continue;
        }
        int status = connection.readable(scratch);
        if (status >= 0) {
          assertFalse(connection.inFlight());
          return status;
        }
      }
    }
  }

  /**
   * Answers each request (read up to its 2-byte body) with the next scripted answer, in a cycle,
   * closing the connection after an answer that says {@code Connection: close} or has no framing.
   */
  private static final class ScriptedServer implements AutoCloseable {
    private final ServerSocket listener;
    final AtomicInteger connections = new AtomicInteger();

    ScriptedServer(List<String> answers) throws IOException {
      this(answers, false);
    }

    ScriptedServer(List<String> answers, boolean byteByByte) throws IOException {
      listener = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
      Thread thread =
          new Thread(
              () -> {
                int next = 0;
                while (!listener.isClosed()) {
                  try (Socket socket = listener.accept()) {
                    connections.incrementAndGet();
                    InputStream in = socket.getInputStream();
                    OutputStream out = socket.getOutputStream();
                    while (readRequest(in)) {
                      String answer = answers.get(next++ % answers.size());
                      byte[] bytes = answer.getBytes(StandardCharsets.US_ASCII);
                      if (byteByByte) {
                        for (byte b : bytes) {
                          out.write(b);
                          out.flush();
                        }
                      } else {
                        out.write(bytes);
                      }
                      boolean framed =
                          answer.contains("Content-Length") || answer.contains("chunked");
                      if (answer.contains("Connection: close") || !framed) {
                        break;
                      }
                    }
                  } catch (IOException e) {
                    return;
                  }
                }
              });
      thread.setDaemon(true);
      thread.start();
    }

    InetSocketAddress address() {
      return new InetSocketAddress(InetAddress.getLoopbackAddress(), listener.getLocalPort());
    }

    /** Reads the fixed test request; false at the end of the connection. */
    private static boolean readRequest(InputStream in) throws IOException {
      byte[] request = in.readNBytes(REQUEST.length);
      return request.length == REQUEST.length;
    }

    @Override
    public void close() throws IOException {
      listener.close();
    }
  }
}
