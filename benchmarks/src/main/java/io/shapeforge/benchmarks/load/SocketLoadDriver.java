package io.shapeforge.benchmarks.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * A closed-loop HTTP load generator that is cheap enough not to be the bottleneck: {@code clients}
 * keep-alive connections ({@link NioConnection}), all on one thread with non-blocking I/O, each
 * sending one prepared awsJson1_1 request back to back, and every latency recorded.
 *
 * <p>One thread, not one per client: the driver shares 2 cores with the server it measures, and 32
 * blocking client threads, each woken once per answer, held its own ceiling (a {@link
 * FixedResponseServer} answering 28 KB) to 3.5x to 5.4x the emulator's rate (issue 13). One
 * selector wake-up now serves every connection whose answer is in. Measured as CPU per request
 * (driver and the single-threaded {@code FixedResponseServer} together, 300,000 requests, one JVM,
 * 2026-12-01): 37 µs at 32 clients against 63 µs with a blocking thread per connection on both
 * sides, and 37 µs against 32 µs at 1 client. On a machine where many other processes run, one
 * thread gets a smaller share of the CPU than 32 do, so there the old design reported higher rates.
 *
 * <p>Each level warms up first (see {@link WarmUp}: rounds until the rate settles), then measures
 * for at most {@code measure} and at most {@code maxRequests} responses. Percentiles are exact:
 * nearest rank over every recorded latency ({@link LatencyPercentiles}), no histogram buckets.
 *
 * <p>Closed loop: a client sends its next request only when the last one is answered, so a server
 * stall delays later requests instead of piling them up, and latencies under overload read lower
 * than an open-loop client would see (coordinated omission). Requests/s is the figure to compare.
 *
 * <pre>{@code
 * SocketLoadDriver driver = new SocketLoadDriver(
 *     WarmUp.untilSettled(Duration.ofSeconds(2), 8), Duration.ofSeconds(5), 1_000_000);
 * LoadLevel level = driver.run(call, 8);
 * }</pre>
 */
public final class SocketLoadDriver {
  /** Enough for a 28 KB answer in one read when the socket has it all. */
  private static final int READ_BYTES = 64 * 1024;

  /** How often the loop looks for a stalled response when nothing arrives. */
  private static final long SELECT_MILLIS = 1_000;

  /** A response this late is an error, as the blocking driver's read timeout made it. */
  private static final long STALL_NANOS = 60_000_000_000L;

  private final WarmUp warmUp;
  private final Duration measure;
  private final int maxRequests;

  /**
   * A driver that warms up as {@code warmUp} says, then measures for at most {@code measure} and at
   * most {@code maxRequests} responses per level.
   */
  public SocketLoadDriver(WarmUp warmUp, Duration measure, int maxRequests) {
    if (measure.isZero() || measure.isNegative() || maxRequests < 1) {
      throw new IllegalArgumentException("a level needs a positive duration and request bound");
    }
    this.warmUp = warmUp;
    this.measure = measure;
    this.maxRequests = maxRequests;
  }

  /** Measures {@code clients} concurrent clients sending {@code call}, expecting status 200. */
  public LoadLevel run(AwsJsonCall call, int clients) throws InterruptedException {
    return run(call, clients, 200);
  }

  /**
   * Measures {@code clients} concurrent clients sending {@code call}; responses with {@code
   * expectedStatus} are counted and timed, any other is an error.
   */
  public LoadLevel run(AwsJsonCall call, int clients, int expectedStatus)
      throws InterruptedException {
    ByteBuffer request = ByteBuffer.wrap(call.toHttp11Bytes()).asReadOnlyBuffer();
    InetSocketAddress address =
        new InetSocketAddress(call.endpoint().getHost(), call.endpoint().getPort());
    List<NioConnection> connections = new ArrayList<>(clients);
    for (int i = 0; i < clients; i++) {
      connections.add(new NioConnection(address));
    }
    try (Selector selector = Selector.open()) {
      int rounds = 0;
      boolean settled = false;
      double previousRate = 0;
      while (rounds < warmUp.maxRounds() && !settled && !warmUp.round().isZero()) {
        Phase round =
            phase(
                request, expectedStatus, selector, connections, warmUp.round(), Integer.MAX_VALUE);
        rounds++;
        settled = warmUp.settled(previousRate, round.rate());
        previousRate = round.rate();
      }
      Phase measured = phase(request, expectedStatus, selector, connections, measure, maxRequests);
      return measured.toLevel(clients, rounds, settled);
    } catch (IOException e) {
      // Only opening or closing the selector gets here; every exchange's failure is an error.
      throw new UncheckedIOException(e);
    } finally {
      connections.forEach(NioConnection::close);
    }
  }

  /**
   * One warm-up round or the measured phase, on the calling thread: every connection sends, and
   * each answer is timed and followed at once by the connection's next request, until the time or
   * the request budget is spent and every request in flight is answered.
   */
  private static Phase phase(
      ByteBuffer request,
      int expectedStatus,
      Selector selector,
      List<NioConnection> connections,
      Duration length,
      int maxRequests)
      throws IOException, InterruptedException {
    int reconnectsBefore = reconnects(connections);
    ByteBuffer scratch = ByteBuffer.allocateDirect(READ_BYTES);
    long start = System.nanoTime();
    Exchanges exchanges = new Exchanges(request, selector, start + length.toNanos(), maxRequests);
    for (NioConnection connection : connections) {
      exchanges.startNext(connection, start);
    }
    while (exchanges.inFlight > 0) {
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      selector.select(SELECT_MILLIS);
      Iterator<SelectionKey> ready = selector.selectedKeys().iterator();
      while (ready.hasNext()) {
        SelectionKey key = ready.next();
        ready.remove();
        NioConnection connection = (NioConnection) key.attachment();
        if (!key.isValid()) {
          continue;
        }
        if (!connection.inFlight()) {
          // Nothing was asked on it: the server closed it while it was idle, or sent what nobody
          // asked for. Either way it is done; the next send opens a new one.
          connection.close();
          continue;
        }
        int status;
        try {
          if (key.isWritable()) {
            connection.writable();
            continue;
          }
          status = connection.readable(scratch);
          if (status < 0) {
            continue;
          }
        } catch (IOException e) {
          connection.close();
          status = -1;
        }
        long now = System.nanoTime();
        exchanges.answered(status == expectedStatus ? now - connection.sentAt() : -1);
        exchanges.startNext(connection, now);
      }
      exchanges.cutOffStalled(connections);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Phase(
        Arrays.copyOf(exchanges.latencies, exchanges.count),
        exchanges.errors,
        seconds,
        reconnects(connections) - reconnectsBefore);
  }

  private static int reconnects(List<NioConnection> connections) {
    int reconnects = 0;
    for (NioConnection connection : connections) {
      reconnects += connection.reconnects();
    }
    return reconnects;
  }

  /** The book-keeping of one phase: what is left to send, what is in flight, what was measured. */
  private static final class Exchanges {
    private final ByteBuffer request;
    private final Selector selector;
    private final long deadline;
    private int budget;
    private int inFlight;
    private long[] latencies;
    private int count;
    private long errors;

    Exchanges(ByteBuffer request, Selector selector, long deadline, int budget) {
      this.request = request;
      this.selector = selector;
      this.deadline = deadline;
      this.budget = budget;
      this.latencies = new long[Math.min(budget, 1 << 16)];
    }

    /**
     * Sends the connection's next request while time and budget last; a failed send is an error.
     */
    void startNext(NioConnection connection, long now) {
      while (now < deadline && budget > 0) {
        budget--;
        try {
          connection.send(request, selector);
          inFlight++;
          return;
        } catch (IOException e) {
          connection.close();
          errors++;
          now = System.nanoTime();
        }
      }
    }

    /** An exchange ended: its latency in nanoseconds, or -1 for an error. */
    void answered(long took) {
      inFlight--;
      if (took < 0) {
        errors++;
        return;
      }
      if (count == latencies.length) {
        latencies = Arrays.copyOf(latencies, count * 2);
      }
      latencies[count++] = took;
    }

    /** A response that has not come in {@link #STALL_NANOS} is an error, as a read timeout was. */
    void cutOffStalled(List<NioConnection> connections) {
      long now = System.nanoTime();
      for (NioConnection connection : connections) {
        if (connection.inFlight() && now - connection.sentAt() > STALL_NANOS) {
          connection.close();
          answered(-1);
          startNext(connection, now);
        }
      }
    }
  }

  /** The raw outcome of one warm-up round or measured phase. */
  private record Phase(long[] latencies, long errors, double seconds, long reconnects) {
    double rate() {
      return latencies.length / seconds;
    }

    LoadLevel toLevel(int clients, int warmUpRounds, boolean settled) {
      if (latencies.length == 0) {
        return new LoadLevel(
            clients, 0, errors, seconds, 0, null, null, null, warmUpRounds, settled, reconnects);
      }
      LatencyPercentiles percentiles = new LatencyPercentiles(latencies);
      return new LoadLevel(
          clients,
          latencies.length,
          errors,
          seconds,
          rate(),
          percentiles.nanosAt(50) / 1e3,
          percentiles.nanosAt(99) / 1e3,
          percentiles.nanosAt(99.9) / 1e3,
          warmUpRounds,
          settled,
          reconnects);
    }
  }
}
