package io.shapeforge.benchmarks.load;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load generator: {@code clients} threads, each with its own HTTP/1.1 client and
 * connection, send one call back to back. Each level is bounded twice, by time and by request
 * count, and starts with an unmeasured warm-up.
 *
 * <pre>{@code
 * HttpLoadDriver driver = new HttpLoadDriver(Duration.ofSeconds(1), Duration.ofSeconds(3), 100_000);
 * LoadLevel level = driver.run(call, 8);
 * }</pre>
 */
public final class HttpLoadDriver {
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private final Duration warmUp;
  private final Duration measure;
  private final int maxRequests;

  /**
   * A driver that warms up for {@code warmUp}, then measures for at most {@code measure} and at
   * most {@code maxRequests} requests per level.
   */
  public HttpLoadDriver(Duration warmUp, Duration measure, int maxRequests) {
    if (measure.isZero() || measure.isNegative() || maxRequests < 1) {
      throw new IllegalArgumentException("a level needs a positive duration and request bound");
    }
    this.warmUp = warmUp;
    this.measure = measure;
    this.maxRequests = maxRequests;
  }

  /** Measures one level of {@code clients} concurrent clients sending {@code call}. */
  public LoadLevel run(AwsJsonCall call, int clients) throws InterruptedException {
    HttpRequest request = call.toHttpRequest(REQUEST_TIMEOUT);
    List<HttpClient> connections = new ArrayList<>(clients);
    for (int i = 0; i < clients; i++) {
      connections.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
    }
    if (!warmUp.isZero()) {
      phase(request, connections, warmUp, maxRequests);
    }
    return phase(request, connections, measure, maxRequests);
  }

  private static LoadLevel phase(
      HttpRequest request, List<HttpClient> connections, Duration length, int maxRequests)
      throws InterruptedException {
    int clients = connections.size();
    AtomicLong budget = new AtomicLong(maxRequests);
    AtomicLong errors = new AtomicLong();
    long[][] latencies = new long[clients][];
    int[] counts = new int[clients];
    CountDownLatch done = new CountDownLatch(clients);
    long start = System.nanoTime();
    long deadline = start + length.toNanos();
    List<Thread> threads = new ArrayList<>(clients);
    for (int c = 0; c < clients; c++) {
      int client = c;
      latencies[client] = new long[Math.min(maxRequests, 1 << 16)];
      Thread thread =
          new Thread(
              () -> {
                try {
                  while (System.nanoTime() < deadline && budget.getAndDecrement() > 0) {
                    long sent = System.nanoTime();
                    boolean ok = send(connections.get(client), request);
                    long took = System.nanoTime() - sent;
                    if (!ok) {
                      errors.incrementAndGet();
                      continue;
                    }
                    if (counts[client] == latencies[client].length) {
                      latencies[client] = Arrays.copyOf(latencies[client], counts[client] * 2);
                    }
                    latencies[client][counts[client]++] = took;
                  }
                } finally {
                  done.countDown();
                }
              },
              "load-client-" + client);
      thread.setDaemon(true);
      threads.add(thread);
    }
    threads.forEach(Thread::start);
    done.await();
    double seconds = (System.nanoTime() - start) / 1e9;
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
    if (total == 0) {
      return new LoadLevel(clients, 0, errors.get(), seconds, 0, null, null);
    }
    LatencyPercentiles percentiles = new LatencyPercentiles(all);
    return new LoadLevel(
        clients,
        total,
        errors.get(),
        seconds,
        total / seconds,
        percentiles.nanosAt(50) / 1e3,
        percentiles.nanosAt(99) / 1e3);
  }

  private static boolean send(HttpClient client, HttpRequest request) {
    try {
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return response.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
