package io.shapeforge.benchmarks.load;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;

/**
 * One keep-alive HTTP/1.1 connection of the {@link SocketLoadDriver}'s event loop: a non-blocking
 * channel that sends a prepared request and reads the response as it arrives ({@link
 * HttpResponseReader}). A response that closes the connection, or a failed exchange, opens a new
 * one for the next request, counted in {@link #reconnects()}.
 *
 * <p>Not thread-safe: only the event loop touches it.
 */
final class NioConnection implements Closeable {
  private final InetSocketAddress address;
  private final HttpResponseReader reader = new HttpResponseReader();
  private SocketChannel channel;
  private SelectionKey key;
  private ByteBuffer sending;
  private long sentAt;
  private boolean inFlight;
  private int connects;

  NioConnection(InetSocketAddress address) {
    this.address = address;
  }

  /**
   * Starts sending {@code request} (a read-only view of it; its bytes are shared) and remembers
   * when; a request that does not fit the socket's send buffer finishes on {@link #writable()}.
   */
  void send(ByteBuffer request, Selector selector) throws IOException {
    if (channel == null) {
      connect(selector);
    }
    sending = request.duplicate();
    sentAt = System.nanoTime();
    inFlight = true;
    writable();
  }

  /** Writes more of the request; reading starts once it is all out. */
  void writable() throws IOException {
    channel.write(sending);
    key.interestOps(sending.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
  }

  /**
   * Reads what has arrived into {@code scratch} and through the response reader.
   *
   * @return the status once the response is complete, else -1
   */
  int readable(ByteBuffer scratch) throws IOException {
    while (true) {
      scratch.clear();
      int read = channel.read(scratch);
      if (read < 0) {
        int status = reader.endOfStream();
        inFlight = false;
        close();
        return status;
      }
      if (read == 0) {
        return -1;
      }
      scratch.flip();
      int status = reader.read(scratch);
      if (status >= 0) {
        if (scratch.hasRemaining()) {
          throw new IOException("bytes after the response, which nobody asked for");
        }
        inFlight = false;
        if (!reader.keepAlive()) {
          close();
        }
        return status;
      }
    }
  }

  /** Whether a request was sent and its response is not complete yet. */
  boolean inFlight() {
    return inFlight;
  }

  /** When the request now in flight was sent, by {@link System#nanoTime()}. */
  long sentAt() {
    return sentAt;
  }

  /** Connections opened after the first: the server closed one, or an exchange failed. */
  int reconnects() {
    return Math.max(0, connects - 1);
  }

  /** Closes the channel and forgets any exchange in flight; the next send connects again. */
  @Override
  public void close() {
    inFlight = false;
    reader.reset();
    if (channel != null) {
      key.cancel();
      try {
        channel.close();
      } catch (IOException ignored) {
        // Closing a connection we are done with; nothing to recover.
      }
      channel = null;
      key = null;
    }
  }

  /** A blocking connect, then non-blocking for the exchanges; attached to its key. */
  private void connect(Selector selector) throws IOException {
    SocketChannel opened = SocketChannel.open();
    try {
      opened.setOption(StandardSocketOptions.TCP_NODELAY, true);
      opened.socket().connect(address, 10_000);
      opened.configureBlocking(false);
      key = opened.register(selector, SelectionKey.OP_WRITE, this);
    } catch (IOException e) {
      opened.close();
      throw e;
    }
    channel = opened;
    connects++;
  }
}
