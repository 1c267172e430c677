package io.shapeforge.benchmarks.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop HTTP load generator that is cheap enough not to be the bottleneck: {@code clients}
 * threads, each with its own keep-alive {@link RawHttpConnection}, send one prepared awsJson1_1
 * request back to back and record every latency.
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
    byte[] request = call.toHttp11Bytes();
    InetSocketAddress address =
        new InetSocketAddress(call.endpoint().getHost(), call.endpoint().getPort());
    List<RawHttpConnection> connections = new ArrayList<>(clients);
    for (int i = 0; i < clients; i++) {
      connections.add(new RawHttpConnection(address));
    }
    try {
      int rounds = 0;
      boolean settled = false;
      double previousRate = 0;
      while (rounds < warmUp.maxRounds() && !settled && !warmUp.round().isZero()) {
        Phase round =
            phase(request, expectedStatus, connections, warmUp.round(), Integer.MAX_VALUE);
        rounds++;
        settled = warmUp.settled(previousRate, round.rate());
        previousRate = round.rate();
      }
      Phase measured = phase(request, expectedStatus, connections, measure, maxRequests);
      return measured.toLevel(clients, rounds, settled);
    } finally {
      connections.forEach(RawHttpConnection::close);
    }
  }

  private static Phase phase(
      byte[] request,
      int expectedStatus,
      List<RawHttpConnection> connections,
      Duration length,
      int maxRequests)
      throws InterruptedException {
    int clients = connections.size();
    AtomicLong budget = new AtomicLong(maxRequests);
    AtomicLong errors = new AtomicLong();
    long[][] latencies = new long[clients][];
    int[] counts = new int[clients];
    int reconnectsBefore = 0;
    for (RawHttpConnection connection : connections) {
      reconnectsBefore += connection.reconnects();
    }
    CountDownLatch ready = new CountDownLatch(clients);
    CountDownLatch go = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(clients);
    long[] window = new long[2]; // start, deadline; written before go, read after it
    for (int c = 0; c < clients; c++) {
      int client = c;
      latencies[client] = new long[Math.min(maxRequests, 1 << 16)];
      Thread thread =
          new Thread(
              () -> {
                RawHttpConnection connection = connections.get(client);
                try {
                  ready.countDown();
                  go.await();
                  long deadline = window[1];
                  while (System.nanoTime() < deadline && budget.getAndDecrement() > 0) {
                    long sent = System.nanoTime();
                    int status;
                    try {
                      status = connection.exchange(request);
                    } catch (IOException e) {
                      errors.incrementAndGet();
                      continue;
                    }
                    long took = System.nanoTime() - sent;
                    if (status != expectedStatus) {
                      errors.incrementAndGet();
                      continue;
                    }
                    if (counts[client] == latencies[client].length) {
                      latencies[client] = Arrays.copyOf(latencies[client], counts[client] * 2);
                    }
                    latencies[client][counts[client]++] = took;
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                } finally {
                  done.countDown();
                }
              },
              "load-client-" + client);
      thread.setDaemon(true);
      thread.start();
    }
    ready.await();
    window[0] = System.nanoTime();
    window[1] = window[0] + length.toNanos();
    go.countDown();
    done.await();
    double seconds = (System.nanoTime() - window[0]) / 1e9;
    int total = 0;
    for (int count : counts) {
      total += count;
    }
    long[] all = new long[total];
    int at = 0;
    for (int c = 0; c < clients; c++) {
      System.arraycopy(latencies[c], 0, all, at, counts[c]);
      at += counts[c];
    }
    int reconnectsAfter = 0;
    for (RawHttpConnection connection : connections) {
      reconnectsAfter += connection.reconnects();
    }
    return new Phase(all, errors.get(), seconds, reconnectsAfter - reconnectsBefore);
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
