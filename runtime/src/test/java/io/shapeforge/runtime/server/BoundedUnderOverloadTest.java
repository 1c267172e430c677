package io.shapeforge.runtime.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.shapeforge.runtime.protocol.AwsJsonDispatcher;
import io.shapeforge.runtime.protocol.SampleRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The server under more clients than it has threads, and under clients that stall: the excess is
 * refused at once with an answer the AWS SDKs retry, a stalled client is cut off after the read
 * timeout, no client hangs and the server recovers. Every client is a raw socket on loopback with a
 * read timeout, so a failure shows as an assertion, never as a hung build; nothing asserts speed.
 */
class BoundedUnderOverloadTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration BOUND = Duration.ofSeconds(20);

  private final AtomicInteger served = new AtomicInteger();
  private final CountDownLatch release = new CountDownLatch(1);
  private final List<AwsJsonHttpServer> servers = new ArrayList<>();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final ExecutorService readers = Executors.newCachedThreadPool();

  @AfterEach
  void cleanUp() throws IOException {
    release.countDown();
    for (Socket socket : sockets) {
      socket.close();
    }
    servers.forEach(AwsJsonHttpServer::close);
    readers.shutdownNow();
  }

  /**
   * Test.Echo answers at once; Test.Hold waits (bounded) until the test releases it; Test.Sleep
   * sleeps MaxResults ms; Test.Big answers MaxResults MiB.
   */
  private AwsJsonDispatcher dispatcher(CountDownLatch holding) {
    return AwsJsonDispatcher.builder("Test")
        .operation(
            "Echo",
            SampleRequest.class,
            r -> {
              served.incrementAndGet();
              return Map.of("Id", r.id == null ? "none" : r.id);
            })
        .operation(
            "Hold",
            SampleRequest.class,
            r -> {
              served.incrementAndGet();
              holding.countDown();
              try {
                release.await(BOUND.toSeconds(), TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return Map.of("Held", true);
            })
        .operation(
            "Sleep",
            SampleRequest.class,
            r -> {
              served.incrementAndGet();
              try {
                // Longer than the read timeout of the test that calls it: serving must not count.
                Thread.sleep(r.maxResults);
              } catch (InterruptedException e) {
                throw new IllegalStateException(
                    "the server interrupted a request it was serving", e);
              }
              return Map.of("Slept", true);
            })
        .operation(
            "Big",
            SampleRequest.class,
            r -> {
              served.incrementAndGet();
              return Map.of("Data", "x".repeat(r.maxResults << 20));
            })
        .build();
  }

  private AwsJsonHttpServer start(AwsJsonHttpServer.Builder builder) {
    AwsJsonHttpServer server = builder.build().start();
    servers.add(server);
    return server;
  }

  private Socket connect(AwsJsonHttpServer server) throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
    sockets.add(socket);
    socket.setSoTimeout((int) BOUND.toMillis());
    return socket;
  }

  private static String head(String target, int contentLength) {
    return "POST / HTTP/1.1\r\nHost: localhost\r\nX-Amz-Target: "
        + target
        + "\r\n"
        + "Content-Type: application/x-amz-json-1.1\r\nContent-Length: "
        + contentLength
        + "\r\n\r\n";
  }

  private static void send(Socket socket, String text) throws IOException {
    socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    socket.getOutputStream().flush();
  }

  private static void sendRequest(Socket socket, String target, String body) throws IOException {
    send(socket, head(target, body.getBytes(StandardCharsets.UTF_8).length) + body);
  }

  /** One complete request on a new connection, and its answer. */
  private RawHttp call(AwsJsonHttpServer server, String target, String body) throws IOException {
    Socket socket = connect(server);
    sendRequest(socket, target, body);
    return RawHttp.read(socket.getInputStream());
  }

  /**
   * SSM's own throttling answer: "StatusCode: 400, ... api error ThrottlingException: Rate
   * exceeded" (SSM GetParameter, quoted in github.com/anomalyco/sst/issues/4063), 400 as in AWS's
   * Common Errors page. Both SDKs retry it: the AWS SDK for Java v2 as a throttling error ({@code
   * AwsErrorCode.THROTTLING_ERROR_CODES}, {@code
   * SdkDefaultRetryStrategy.retryOnThrottlingCondition}), botocore in legacy mode ({@code
   * botocore/data/_retry.json}, policy {@code throttling_exception}: this code with status 400) and
   * in standard mode ({@code botocore/retries/standard.py}, {@code _THROTTLED_ERROR_CODES}). {@code
   * OverloadRetryTest} in the SSM sample watches both clients do it.
   */
  private static void assertThrottled(RawHttp response) throws IOException {
    assertEquals(400, response.status, response.body);
    assertEquals("ThrottlingException", response.headers.get("x-amzn-ErrorType"));
    assertEquals("ThrottlingException", JSON.readTree(response.body).get("__type").asText());
    assertEquals("Rate exceeded", JSON.readTree(response.body).get("message").asText());
    assertEquals("application/x-amz-json-1.1", response.headers.get("Content-Type"));
    assertEquals(36, response.headers.get("x-amzn-RequestId").length());
  }

  /**
   * Reads until the server closes the connection, which it must do without an answer: a request
   * that never ended cannot be answered, and the JDK server offers no way to write to a connection
   * whose read is blocked. Both SDKs retry a closed connection: the AWS SDK for Java v2 any {@code
   * IOException} ({@code SdkDefaultRetrySetting.RETRYABLE_EXCEPTIONS}), botocore a {@code
   * ConnectionClosedError} (legacy mode: {@code retryhandler.EXCEPTION_MAP}, {@code
   * GENERAL_CONNECTION_ERROR}; standard mode: {@code _TRANSIENT_EXCEPTION_CLS}). A 408 with {@code
   * RequestTimeoutException} would not do better: botocore's legacy mode does not retry it. Bounded
   * by the socket's read timeout, so a server that never closes fails the test.
   */
  private static void assertClosedUnanswered(Socket socket) throws IOException {
    InputStream in = socket.getInputStream();
    try {
      int first = in.read();
      assertEquals(
          -1,
          first,
          "the server answered a request that stalled instead of closing the connection");
    } catch (SocketException reset) {
      // A reset is a close as well.
    }
  }

  /**
   * A server with one thread and no waiting room, so one held or stalled client makes every other
   * one overflow.
   */
  private AwsJsonHttpServer.Builder oneThreadNoQueue() {
    return AwsJsonHttpServer.builder(dispatcher(new CountDownLatch(1)))
        .threads(1)
        .maxQueuedRequests(0);
  }

  @Test
  void requestsBeyondThreadsAndQueueAreRefusedAtOnceAndTheRestAreServed() throws Exception {
    int threads = 2;
    int queued = 2;
    int excess = 6;
    CountDownLatch holding = new CountDownLatch(threads);
    AwsJsonHttpServer server =
        start(
            AwsJsonHttpServer.builder(dispatcher(holding))
                .threads(threads)
                .maxQueuedRequests(queued));

    List<Socket> holders = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Socket socket = connect(server);
      sendRequest(socket, "Test.Hold", "{}");
      holders.add(socket);
    }
    assertTrue(
        holding.await(BOUND.toSeconds(), TimeUnit.SECONDS),
        "the holders did not reach the handler");

    // Every thread is held now: of the next requests, `queued` wait and the rest are refused.
    CountDownLatch answered = new CountDownLatch(excess);
    List<CompletableFuture<RawHttp>> others = new ArrayList<>();
    for (int i = 0; i < queued + excess; i++) {
      Socket socket = connect(server);
      sendRequest(socket, "Test.Hold", "{}");
      CompletableFuture<RawHttp> response =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return RawHttp.read(socket.getInputStream());
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              },
              readers);
      // Counted once the future is complete, so that isDone() below agrees with the count.
      response.whenComplete((answer, failure) -> answered.countDown());
      others.add(response);
    }
    // The refusals arrive while every thread is still held: they never waited for capacity.
    assertTrue(
        answered.await(BOUND.toSeconds(), TimeUnit.SECONDS),
        "the excess requests were not refused");
    List<Future<RawHttp>> waiting = new ArrayList<>();
    for (CompletableFuture<RawHttp> other : others) {
      if (other.isDone()) {
        assertThrottled(other.get());
      } else {
        waiting.add(other);
      }
    }
    assertEquals(queued, waiting.size(), "requests still waiting in line");
    assertEquals(threads, served.get(), "a refused request reached the dispatcher");

    release.countDown();
    for (Socket holder : holders) {
      assertEquals(200, RawHttp.read(holder.getInputStream()).status);
    }
    for (Future<RawHttp> queuedRequest : waiting) {
      RawHttp response = queuedRequest.get(BOUND.toSeconds(), TimeUnit.SECONDS);
      assertEquals(200, response.status, response.body);
      assertEquals("{\"Held\":true}", response.body);
    }
    assertEquals(threads + queued, served.get());

    // Recovered: as many clients at once as there is room for are all served, retrying as an SDK
    // would while the threads that just answered find their way back to the pool.
    List<Future<RawHttp>> burst = new ArrayList<>();
    for (int i = 0; i < threads + queued; i++) {
      burst.add(
          readers.submit(
              () -> retryUntilServed(connect(server), "Test.Echo", "{\"Id\":\"again\"}")));
    }
    for (Future<RawHttp> response : burst) {
      assertEquals("{\"Id\":\"again\"}", response.get(BOUND.toSeconds(), TimeUnit.SECONDS).body);
    }
  }

  @Test
  void aRefusedClientKeepsItsConnectionAndIsServedOnItOnceThereIsRoom() throws Exception {
    CountDownLatch holding = new CountDownLatch(1);
    AwsJsonHttpServer server =
        start(AwsJsonHttpServer.builder(dispatcher(holding)).threads(1).maxQueuedRequests(0));
    Socket holder = connect(server);
    sendRequest(holder, "Test.Hold", "{}");
    assertTrue(holding.await(BOUND.toSeconds(), TimeUnit.SECONDS));

    Socket retrying = connect(server);
    sendRequest(retrying, "Test.Echo", "{\"Id\":\"retry\"}");
    assertThrottled(RawHttp.read(retrying.getInputStream()));

    release.countDown();
    assertEquals(200, RawHttp.read(holder.getInputStream()).status);
    // As an SDK does: the same request again on the kept-alive connection.
    RawHttp retried = retryUntilServed(retrying, "Test.Echo", "{\"Id\":\"retry\"}");
    assertEquals("{\"Id\":\"retry\"}", retried.body);
  }

  /**
   * Sends the request on the connection until it is not refused: a thread that has just answered is
   * back in the pool a moment later, not at once. Bounded in attempts.
   */
  private static RawHttp retryUntilServed(Socket socket, String target, String body)
      throws Exception {
    for (int attempt = 0; attempt < 200; attempt++) {
      sendRequest(socket, target, body);
      RawHttp response = RawHttp.read(socket.getInputStream());
      if (response.status == 200) {
        return response;
      }
      assertThrottled(response);
      Thread.sleep(10);
    }
    return fail("never served again");
  }

  /** Polls with fresh connections until the server answers {@code status}; bounded in attempts. */
  private RawHttp awaitStatus(AwsJsonHttpServer server, int status) throws Exception {
    RawHttp last = null;
    for (int attempt = 0; attempt < 1000; attempt++) {
      Socket socket = connect(server);
      sendRequest(socket, "Test.Echo", "{}");
      last = RawHttp.read(socket.getInputStream());
      socket.close();
      sockets.remove(socket);
      if (last.status == status) {
        return last;
      }
      Thread.sleep(20);
    }
    return fail("never answered " + status + "; last answer " + last.status + " " + last.body);
  }

  @Test
  void aClientThatStallsMidBodyIsCutOffAndItsThreadServesOthers() throws Exception {
    AwsJsonHttpServer server = start(oneThreadNoQueue().readTimeout(1, TimeUnit.SECONDS));
    Socket stalled = connect(server);
    // Declares 100 bytes and sends 10 of them, then nothing.
    send(stalled, head("Test.Echo", 100) + "{\"Id\":\"st");

    // The stalled client holds the only thread: others are refused, not queued behind it...
    assertThrottled(awaitStatus(server, 400));
    // ...until the read timeout cuts it off and the thread serves them again.
    assertClosedUnanswered(stalled);
    assertEquals("{\"Id\":\"none\"}", awaitStatus(server, 200).body);
    assertEquals(1, served.get(), "the stalled request must never reach the dispatcher");
  }

  @Test
  void aClientThatStallsMidHeadIsCutOffAndItsThreadServesOthers() throws Exception {
    AwsJsonHttpServer server = start(oneThreadNoQueue().readTimeout(1, TimeUnit.SECONDS));
    Socket stalled = connect(server);
    send(stalled, "POST / HTTP/1.1\r\nHost: localhost\r\nX-Amz-Tar");

    assertThrottled(awaitStatus(server, 400));
    assertClosedUnanswered(stalled);
    assertEquals(200, awaitStatus(server, 200).status);
  }

  @Test
  void stalledClientsNeverDelayOtherClientsThatHaveAThread() throws Exception {
    AwsJsonHttpServer server =
        start(
            AwsJsonHttpServer.builder(dispatcher(new CountDownLatch(1)))
                .threads(3)
                .readTimeout(1, TimeUnit.SECONDS));
    List<Socket> stalled = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Socket socket = connect(server);
      send(socket, head("Test.Echo", 100) + "{");
      stalled.add(socket);
    }
    // The third thread serves everyone else meanwhile; a queued request waits at most for it.
    for (int i = 0; i < 20; i++) {
      RawHttp response = call(server, "Test.Echo", "{\"Id\":\"" + i + "\"}");
      assertEquals(200, response.status, response.body);
    }
    for (Socket socket : stalled) {
      assertClosedUnanswered(socket);
    }
  }

  @Test
  void aSlowClientWithinTheTimeoutIsServed() throws Exception {
    AwsJsonHttpServer server =
        start(
            AwsJsonHttpServer.builder(dispatcher(new CountDownLatch(1)))
                .readTimeout(BOUND.toMillis(), TimeUnit.MILLISECONDS));
    Socket socket = connect(server);
    String body = "{\"Id\":\"slow\"}";
    send(socket, head("Test.Echo", body.length()));
    for (String part : List.of(body.substring(0, 4), body.substring(4, 9), body.substring(9))) {
      Thread.sleep(50);
      send(socket, part);
    }
    RawHttp response = RawHttp.read(socket.getInputStream());
    assertEquals(200, response.status, response.body);
    assertEquals(body, response.body);
  }

  @Test
  void servingTakesAsLongAsItNeedsWhateverTheReadTimeout() throws Exception {
    AwsJsonHttpServer server =
        start(
            AwsJsonHttpServer.builder(dispatcher(new CountDownLatch(1)))
                .readTimeout(250, TimeUnit.MILLISECONDS));
    RawHttp response = call(server, "Test.Sleep", "{\"MaxResults\":1000}");
    assertEquals(200, response.status, response.body);
    assertEquals("{\"Slept\":true}", response.body);
  }

  @Test
  void anIdleKeepAliveConnectionHoldsNoThread() throws Exception {
    AwsJsonHttpServer server = start(oneThreadNoQueue().readTimeout(1, TimeUnit.SECONDS));
    Socket idle = connect(server);
    sendRequest(idle, "Test.Echo", "{\"Id\":\"first\"}");
    assertEquals(200, RawHttp.read(idle.getInputStream()).status);

    // Idle for longer than the read timeout: it neither holds the only thread nor is cut off.
    Thread.sleep(1500);
    assertEquals(200, awaitStatus(server, 200).status);
    RawHttp second = retryUntilServed(idle, "Test.Echo", "{\"Id\":\"second\"}");
    assertEquals("{\"Id\":\"second\"}", second.body);
  }

  @Test
  void closingWhileClientsStallReturnsAndFreesTheThreads() throws Exception {
    AwsJsonHttpServer server = start(oneThreadNoQueue().gracePeriod(200, TimeUnit.MILLISECONDS));
    Socket onTheThread = connect(server);
    send(onTheThread, head("Test.Echo", 100) + "{");
    assertThrottled(awaitStatus(server, 400));
    Socket onTheRefusalLane = connect(server);
    send(onTheRefusalLane, "POST / HTTP/1.1\r\n");

    CompletableFuture.runAsync(server::close).get(BOUND.toSeconds(), TimeUnit.SECONDS);
    assertClosedUnanswered(onTheThread);
    assertClosedUnanswered(onTheRefusalLane);
  }

  @Test
  void whenEvenTheRefusalLaneIsBackedUpAConnectionIsClosedUnanswered() throws Exception {
    AwsJsonHttpServer server =
        start(oneThreadNoQueue().readTimeout(BOUND.toMillis(), TimeUnit.MILLISECONDS));
    String body = String.format("%-100s", "{\"Id\":\"held\"}");
    Socket holder = connect(server);
    send(holder, head("Test.Echo", 100) + body.substring(0, 10));
    // Probes are kept open: a closed one would come back to the server as one more exchange.
    Socket probe = connect(server);
    sendRequest(probe, "Test.Echo", "{}");
    assertThrottled(RawHttp.read(probe.getInputStream()));

    // Both refusal threads stall in a head, then the refusal queue fills up.
    List<Socket> stalledHeads = new ArrayList<>();
    for (int i = 0; i < ExchangeExecutor.REFUSAL_THREADS; i++) {
      Socket socket = connect(server);
      send(socket, "POST / HTTP/1.1\r\n");
      stalledHeads.add(socket);
    }
    List<Socket> waitingForARefusal = new ArrayList<>();
    for (int i = 0; i < ExchangeExecutor.REFUSAL_QUEUE; i++) {
      Socket socket = connect(server);
      sendRequest(socket, "Test.Echo", "{}");
      waitingForARefusal.add(socket);
    }
    Socket oneTooMany = connect(server);
    sendRequest(oneTooMany, "Test.Echo", "{}");
    assertClosedUnanswered(oneTooMany);

    // Everyone else is answered once the stalled heads end: refused, as the thread is still held.
    for (Socket socket : stalledHeads) {
      send(socket, "Host: localhost\r\nX-Amz-Target: Test.Echo\r\nContent-Length: 2\r\n\r\n{}");
    }
    for (Socket socket : stalledHeads) {
      assertThrottled(RawHttp.read(socket.getInputStream()));
    }
    for (Socket socket : waitingForARefusal) {
      assertThrottled(RawHttp.read(socket.getInputStream()));
    }
    send(holder, body.substring(10));
    assertEquals("{\"Id\":\"held\"}", RawHttp.read(holder.getInputStream()).body);
    assertEquals(1, served.get(), "only the holder was served");
    assertEquals(200, awaitStatus(server, 200).status);
  }

  @Test
  void aClientThatStopsReadingItsAnswerIsCutOffAndItsThreadServesOthers() throws Exception {
    AwsJsonHttpServer server = start(oneThreadNoQueue().writeTimeout(1, TimeUnit.SECONDS));
    int mebibytes = 16;
    Socket notReading = new Socket();
    sockets.add(notReading);
    // A small window, and an answer far larger than any socket buffer: the write must block.
    notReading.setReceiveBufferSize(4096);
    notReading.connect(
        new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()));
    notReading.setSoTimeout((int) BOUND.toMillis());
    sendRequest(notReading, "Test.Big", "{\"MaxResults\":" + mebibytes + "}");

    // Blocked writing to it, the only thread refuses others until the write timeout frees it.
    assertThrottled(awaitStatus(server, 400));
    assertEquals(200, awaitStatus(server, 200).status);

    // What reached the client is a truncated answer, then the connection's end.
    long received = 0;
    InputStream in = notReading.getInputStream();
    byte[] buffer = new byte[65536];
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        received += n;
      }
    } catch (SocketException reset) {
      // A reset ends it as well.
    }
    assertTrue(
        received < ((long) mebibytes << 20), "received " + received + " bytes, the whole answer");
  }
}
