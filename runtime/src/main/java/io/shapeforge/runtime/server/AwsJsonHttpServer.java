package io.shapeforge.runtime.server;

import com.sun.net.httpserver.HttpServer;
import io.shapeforge.runtime.protocol.AwsJsonDispatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves an {@link AwsJsonDispatcher} over HTTP/1.1 on the JDK's built-in server: no dependency to
 * clash with a host's classpath.
 *
 * <ul>
 *   <li>{@code POST /} only: another path is a 404 and another method a 405 (with {@code Allow:
 *       POST}), both as {@code UnknownOperationException} envelopes;
 *   <li>the {@code X-Amz-Target} header and the body go to the dispatcher; an {@code Authorization}
 *       header is accepted and never checked;
 *   <li>a body over {@link Builder#maxBodyBytes(long)} (default 1 MiB) is a 413 {@code
 *       RequestEntityTooLargeException}: refused from its Content-Length before any byte is read,
 *       and for a chunked body as soon as one byte past the limit arrives. What the client is still
 *       uploading then (up to four times the limit) is read and dropped after the answer is
 *       written, so that the client reads the 413 rather than a connection reset;
 *   <li>requests are served concurrently by a fixed pool of {@link Builder#threads(int)} threads;
 *       up to {@link Builder#maxQueuedRequests(int)} more (default {@value
 *       #DEFAULT_MAX_QUEUED_REQUESTS}) wait in line for a thread, and any further request is
 *       answered 400 {@code ThrottlingException} ({@code Rate exceeded}, as SSM says it) without
 *       being read, which the AWS SDKs retry with back-off. Those answers come from two extra
 *       threads; should 64 more refusals be waiting for them, a connection is closed unanswered
 *       instead, which the SDKs retry as well;
 *   <li>a client must send each request, from its first byte to its last, within {@link
 *       Builder#readTimeout(long, TimeUnit)} (default 10 s); a slower one is cut off: its
 *       connection is closed unanswered, and the thread reading it is free again within a tenth of
 *       the timeout (10 ms at least, 1 s at most) after it. Nothing can be answered once a request
 *       has stalled, and the SDKs retry a closed connection as an I/O error. Serving the request
 *       does not count, nor does writing the answer; draining a body that was not read, after the
 *       answer, counts afresh;
 *   <li>a client must take each answer within {@link Builder#writeTimeout(long, TimeUnit)} (default
 *       10 s); one that stops reading it is cut off the same way;
 *   <li>a keep-alive connection between requests holds no thread. The JDK server closes it after 30
 *       s idle, or its {@code sun.net.httpserver.idleInterval} in seconds: a process-wide property,
 *       left to the host, as is {@code sun.net.httpserver.maxConnections}, the only bound on open
 *       connections;
 *   <li>paths under a prefix given to {@link Builder#route(String, HttpRoute)} go to that route
 *       instead, any method, with every limit above applying to them as well.
 * </ul>
 *
 * <pre>{@code
 * try (AwsJsonHttpServer server = AwsJsonHttpServer.builder(dispatcher).port(0).build().start()) {
 *   URI endpoint = server.endpoint(); // http://127.0.0.1:54321
 *   ...
 * }
 * }</pre>
 */
public final class AwsJsonHttpServer implements AutoCloseable {
  /** The default largest request body: 1 MiB. */
  public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

  /**
   * The default number of requests that may wait for a thread: plenty for a test suite's or a
   * benchmark's clients, yet a bound on what a flood can pile up.
   */
  public static final int DEFAULT_MAX_QUEUED_REQUESTS = 256;

  /** The default time a client has to send one request: 10 s, ample for 1 MiB on a slow link. */
  public static final long DEFAULT_READ_TIMEOUT_MILLIS = 10_000;

  /** The default time a client has to take one answer: 10 s. */
  public static final long DEFAULT_WRITE_TIMEOUT_MILLIS = 10_000;

  /** The default host: loopback only, so nothing is exposed unless asked. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  private static final AtomicInteger SERVERS = new AtomicInteger();

  /**
   * The JDK server writes a response's headers and body as separate segments and, unless told
   * otherwise, leaves Nagle's algorithm on: the body then waits for the client's delayed ACK, about
   * 40 ms per request on Linux. The switch is read once, when the JDK server's configuration class
   * loads, so it is set before the first server of this JVM is created, unless the host has already
   * chosen.
   */
  private static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

  static {
    if (System.getProperty(NO_DELAY_PROPERTY) == null) {
      System.setProperty(NO_DELAY_PROPERTY, "true");
    }
  }

  private final AwsJsonDispatcher dispatcher;
  private final String host;
  private final int requestedPort;
  private final long maxBodyBytes;
  private final int threads;
  private final int maxQueuedRequests;
  private final ClientTimeouts clientTimeouts;
  private final long gracePeriodMillis;
  private final Map<String, HttpRoute> routes;
  private final InFlight inFlight = new InFlight();

  private final Object lifecycle = new Object();
  private HttpServer server;
  private ExchangeExecutor executor;
  private boolean started;
  private boolean closed;

  private AwsJsonHttpServer(Builder builder) {
    this.dispatcher = builder.dispatcher;
    this.host = builder.host;
    this.requestedPort = builder.port;
    this.maxBodyBytes = builder.maxBodyBytes;
    this.threads = builder.threads;
    this.maxQueuedRequests = builder.maxQueuedRequests;
    this.clientTimeouts = new ClientTimeouts(builder.readTimeoutNanos, builder.writeTimeoutNanos);
    this.gracePeriodMillis = builder.gracePeriodMillis;
    this.routes = Map.copyOf(builder.routes);
  }

  public static Builder builder(AwsJsonDispatcher dispatcher) {
    return new Builder(dispatcher);
  }

  /**
   * Binds the port and starts serving.
   *
   * @return this server, for try-with-resources
   * @throws UncheckedIOException when the address cannot be bound
   * @throws IllegalStateException when called twice or after {@link #close()}
   */
  public AwsJsonHttpServer start() {
    synchronized (lifecycle) {
      if (started || closed) {
        throw new IllegalStateException(closed ? "server is closed" : "server already started");
      }
      HttpServer http;
      try {
        http = HttpServer.create(new InetSocketAddress(host, requestedPort), 0);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot listen on " + host + ":" + requestedPort, e);
      }
      executor =
          new ExchangeExecutor(
              "shapeforge-http-" + SERVERS.incrementAndGet() + "-",
              threads,
              maxQueuedRequests,
              clientTimeouts);
      http.setExecutor(executor);
      http.createContext("/", new ExchangeHandler(dispatcher, routes, maxBodyBytes, inFlight));
      http.start();
      server = http;
      started = true;
      return this;
    }
  }

  /** The bound port; with port 0 this is the free port the system chose. */
  public int port() {
    synchronized (lifecycle) {
      if (server == null) {
        throw new IllegalStateException("server is not started");
      }
      return server.getAddress().getPort();
    }
  }

  /** The base URI to point a client at, such as {@code http://127.0.0.1:54321}. */
  public URI endpoint() {
    String shownHost = host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + shownHost + ":" + port());
  }

  /**
   * Stops serving: requests being served get up to the grace period (default 5 s) to finish while
   * new ones are answered 503 {@code ServiceUnavailable}; then every connection is closed and the
   * port released. Safe to call more than once, and before {@link #start()}.
   */
  @Override
  public void close() {
    HttpServer http;
    ExchangeExecutor pool;
    synchronized (lifecycle) {
      if (closed) {
        return;
      }
      closed = true;
      http = server;
      pool = executor;
    }
    if (http == null) {
      return;
    }
    boolean interrupted = false;
    try {
      inFlight.shutDownAndAwaitIdle(gracePeriodMillis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      interrupted = true;
    }
    // The JDK server's own delay would wait out the full period even when idle; we waited above.
    http.stop(0);
    pool.shutdownNow();
    try {
      pool.awaitTermination(gracePeriodMillis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      interrupted = true;
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Configures an {@link AwsJsonHttpServer}. */
  public static final class Builder {
    private final AwsJsonDispatcher dispatcher;
    private String host = DEFAULT_HOST;
    private int port;
    private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private int threads = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    private int maxQueuedRequests = DEFAULT_MAX_QUEUED_REQUESTS;
    private long readTimeoutNanos = TimeUnit.MILLISECONDS.toNanos(DEFAULT_READ_TIMEOUT_MILLIS);
    private long writeTimeoutNanos = TimeUnit.MILLISECONDS.toNanos(DEFAULT_WRITE_TIMEOUT_MILLIS);
    private long gracePeriodMillis = 5_000;
    private final Map<String, HttpRoute> routes = new LinkedHashMap<>();

    private Builder(AwsJsonDispatcher dispatcher) {
      this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
    }

    /** The address to listen on; default {@value AwsJsonHttpServer#DEFAULT_HOST}. */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** The port; 0 (the default) picks a free one, see {@link AwsJsonHttpServer#port()}. */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
      this.port = port;
      return this;
    }

    /** The largest request body accepted; default 1 MiB. */
    public Builder maxBodyBytes(long maxBodyBytes) {
      if (maxBodyBytes < 0 || maxBodyBytes > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException("maxBodyBytes out of range: " + maxBodyBytes);
      }
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    /** How many requests are served at once; default twice the processors, at least 4. */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, was " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * How many requests may wait for a thread when all are busy; default {@value
     * AwsJsonHttpServer#DEFAULT_MAX_QUEUED_REQUESTS}. One more is answered 400 {@code
     * ThrottlingException}, which the AWS SDKs retry. With 0, a request is served only when a
     * thread is idle.
     */
    public Builder maxQueuedRequests(int maxQueuedRequests) {
      if (maxQueuedRequests < 0) {
        throw new IllegalArgumentException(
            "maxQueuedRequests must not be negative, was " + maxQueuedRequests);
      }
      this.maxQueuedRequests = maxQueuedRequests;
      return this;
    }

    /**
     * How long a client may take to send one request, from its first byte to its last; default 10
     * s. A client that stalls longer, in the head or in the body, has its connection closed, and
     * the thread that read it is free again. At least 1 ms.
     */
    public Builder readTimeout(long amount, TimeUnit unit) {
      this.readTimeoutNanos = atLeastOneMilli(amount, unit, "read timeout");
      return this;
    }

    /**
     * How long a client may take to take one answer; default 10 s. A client that stops reading it
     * for longer has its connection closed, and the thread that wrote to it is free again. At least
     * 1 ms.
     */
    public Builder writeTimeout(long amount, TimeUnit unit) {
      this.writeTimeoutNanos = atLeastOneMilli(amount, unit, "write timeout");
      return this;
    }

    private static long atLeastOneMilli(long amount, TimeUnit unit, String what) {
      long nanos = unit.toNanos(amount);
      if (nanos < TimeUnit.MILLISECONDS.toNanos(1)) {
        throw new IllegalArgumentException(what + " must be at least 1 ms");
      }
      return nanos;
    }

    /** How long {@link AwsJsonHttpServer#close()} lets requests in progress finish; default 5 s. */
    public Builder gracePeriod(long amount, TimeUnit unit) {
      if (amount < 0) {
        throw new IllegalArgumentException("grace period must not be negative");
      }
      this.gracePeriodMillis = unit.toMillis(amount);
      return this;
    }

    /**
     * Serves every path that starts with {@code pathPrefix} through {@code route} instead of the
     * AWS protocol. The prefix starts and ends with {@code /}, such as {@code /_shapeforge/}, so
     * that {@code POST /} stays the protocol's and one prefix cannot swallow a sibling's paths.
     *
     * @throws IllegalArgumentException for a prefix of another form, or one given twice
     */
    public Builder route(String pathPrefix, HttpRoute route) {
      Objects.requireNonNull(pathPrefix, "pathPrefix");
      Objects.requireNonNull(route, "route");
      if (pathPrefix.length() < 3 || !pathPrefix.startsWith("/") || !pathPrefix.endsWith("/")) {
        throw new IllegalArgumentException(
            "a route prefix starts and ends with '/' and names something, was '"
                + pathPrefix
                + "'");
      }
      if (routes.putIfAbsent(pathPrefix, route) != null) {
        throw new IllegalArgumentException("route prefix given twice: " + pathPrefix);
      }
      return this;
    }

    public AwsJsonHttpServer build() {
      return new AwsJsonHttpServer(this);
    }
  }
}
