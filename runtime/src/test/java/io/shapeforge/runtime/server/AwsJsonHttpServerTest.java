package io.shapeforge.runtime.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shapeforge.runtime.protocol.AwsJsonDispatcher;
import io.shapeforge.runtime.protocol.SampleRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AwsJsonHttpServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration BOUND = Duration.ofSeconds(20);

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(BOUND).build();
  private final AtomicInteger echoed = new AtomicInteger();
  private final List<AwsJsonHttpServer> servers = new ArrayList<>();

  @AfterEach
  void closeServers() {
    servers.forEach(AwsJsonHttpServer::close);
  }

  private AwsJsonDispatcher.Builder dispatcher() {
    return AwsJsonDispatcher.builder("Test")
        .operation(
            "Echo",
            SampleRequest.class,
            r -> {
              echoed.incrementAndGet();
              return Map.of("Id", r.id == null ? "none" : r.id);
            });
  }

  private AwsJsonHttpServer start(AwsJsonHttpServer.Builder builder) {
    AwsJsonHttpServer server = builder.build().start();
    servers.add(server);
    return server;
  }

  private AwsJsonHttpServer startDefault() {
    return start(AwsJsonHttpServer.builder(dispatcher().build()));
  }

  private HttpResponse<String> post(URI endpoint, String target, String body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .timeout(BOUND)
            .header("X-Amz-Target", target)
            .header("Content-Type", "application/x-amz-json-1.1")
            .header(
                "Authorization",
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/ssm/aws4_request, SignedHeaders=host, Signature=bogus")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static void assertEnvelope(
      int status, String code, int actualStatus, Map<String, List<String>> headers, String body)
      throws IOException {
    assertEquals(status, actualStatus, body);
    JsonNode json = JSON.readTree(body);
    assertEquals(code, json.get("__type").asText());
    assertTrue(json.get("message").asText().length() > 0);
    assertEquals(List.of(code), headers.get("x-amzn-errortype"));
    assertEquals(List.of("application/x-amz-json-1.1"), headers.get("content-type"));
    assertEquals(1, headers.get("x-amzn-requestid").size());
  }

  private static void assertEnvelope(int status, String code, HttpResponse<String> response)
      throws IOException {
    assertEnvelope(status, code, response.statusCode(), response.headers().map(), response.body());
  }

  private static void assertEnvelope(int status, String code, RawHttp response) throws IOException {
    assertEquals(status, response.status, response.body);
    assertEquals(code, JSON.readTree(response.body).get("__type").asText());
    assertEquals(code, response.headers.get("x-amzn-ErrorType"));
    assertTrue(response.headers.containsKey("x-amzn-RequestId"));
  }

  @Test
  void servesARoundTripOnLoopback() throws Exception {
    AwsJsonHttpServer server = startDefault();
    assertEquals("127.0.0.1", server.endpoint().getHost());
    assertEquals(server.port(), server.endpoint().getPort());
    HttpResponse<String> response = post(server.endpoint(), "Test.Echo", "{\"Id\":\"abc\"}");
    assertEquals(200, response.statusCode());
    assertEquals("{\"Id\":\"abc\"}", response.body());
    assertEquals(
        List.of("application/x-amz-json-1.1"), response.headers().map().get("content-type"));
    assertEquals(36, response.headers().firstValue("x-amzn-RequestId").orElseThrow().length());
  }

  @Test
  void emptyBodyIsAnEmptyObject() throws Exception {
    HttpResponse<String> response = post(startDefault().endpoint(), "Test.Echo", "");
    assertEquals(200, response.statusCode());
    assertEquals("{\"Id\":\"none\"}", response.body());
  }

  @Test
  void dispatcherErrorsKeepTheirEnvelope() throws Exception {
    URI endpoint = startDefault().endpoint();
    assertEnvelope(400, "UnknownOperationException", post(endpoint, "Test.Nope", "{}"));
    assertEnvelope(400, "SerializationException", post(endpoint, "Test.Echo", "{\"Id\":1}"));
  }

  @Test
  void onlyPostSlashIsServed() throws Exception {
    URI endpoint = startDefault().endpoint();
    HttpResponse<String> get =
        client.send(
            HttpRequest.newBuilder(endpoint).timeout(BOUND).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertEnvelope(405, "UnknownOperationException", get);
    assertEquals(List.of("POST"), get.headers().map().get("allow"));
    HttpResponse<String> put =
        client.send(
            HttpRequest.newBuilder(endpoint)
                .timeout(BOUND)
                .PUT(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEnvelope(405, "UnknownOperationException", put);
    HttpResponse<String> head =
        client.send(
            HttpRequest.newBuilder(endpoint)
                .timeout(BOUND)
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(405, head.statusCode());
    assertEquals(
        List.of("UnknownOperationException"), head.headers().map().get("x-amzn-errortype"));
    assertEnvelope(
        404, "UnknownOperationException", post(endpoint.resolve("/other"), "Test.Echo", "{}"));
    assertEquals(0, echoed.get());
  }

  @Test
  void bodyAtTheLimitIsServed() throws Exception {
    AwsJsonHttpServer server =
        start(AwsJsonHttpServer.builder(dispatcher().build()).maxBodyBytes(4096));
    String body = "{\"Id\":\"x\"}" + " ".repeat(4096 - 10);
    assertEquals(200, post(server.endpoint(), "Test.Echo", body).statusCode());
  }

  @Test
  void oversizeContentLengthIsRefusedBeforeTheBodyIsRead() throws Exception {
    AwsJsonHttpServer server = startDefault();
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      socket.setSoTimeout((int) BOUND.toMillis());
      // Declares 2 MiB and sends none of it: only an up-front check can answer.
      socket
          .getOutputStream()
          .write(
              ("POST / HTTP/1.1\r\nHost: localhost\r\nX-Amz-Target: Test.Echo\r\n"
                      + "Content-Type: application/x-amz-json-1.1\r\nContent-Length: 2097152\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      RawHttp response = RawHttp.read(socket.getInputStream());
      assertEnvelope(413, "RequestEntityTooLargeException", response);
      assertEquals(
          "Request body is larger than the limit of 1048576 bytes",
          JSON.readTree(response.body).get("message").asText());
    }
    assertEquals(0, echoed.get());
  }

  @Test
  void oversizeKnownLengthFromARealClientIs413() throws Exception {
    AwsJsonHttpServer server =
        start(AwsJsonHttpServer.builder(dispatcher().build()).maxBodyBytes(1024));
    assertEnvelope(
        413,
        "RequestEntityTooLargeException",
        post(server.endpoint(), "Test.Echo", " ".repeat(1025)));
  }

  /**
   * A client still uploading megabytes when the 413 is written must read the 413, not a connection
   * reset: the server drains what is in flight before it closes. Repeated, as the reset is a race.
   */
  @Test
  void oversizeUploadInFlightStillReadsThe413() throws Exception {
    AwsJsonHttpServer server = startDefault();
    String threeMebibytes = " ".repeat(3 << 20);
    for (int attempt = 0; attempt < 10; attempt++) {
      assertEnvelope(
          413,
          "RequestEntityTooLargeException",
          post(server.endpoint(), "Test.Echo", threeMebibytes));
    }
  }

  @Test
  void endlessChunkedBodyIsRefusedOncePastTheLimit() throws Exception {
    AwsJsonHttpServer server =
        start(AwsJsonHttpServer.builder(dispatcher().build()).maxBodyBytes(4096));
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      socket.setSoTimeout((int) BOUND.toMillis());
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST / HTTP/1.1\r\nHost: localhost\r\nX-Amz-Target: Test.Echo\r\n"
                  + "Transfer-Encoding: chunked\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      // A body that never ends (bounded here at 64 MiB): the server must answer without its end.
      CompletableFuture<Void> writer =
          CompletableFuture.runAsync(
              () -> {
                byte[] chunk =
                    ("400\r\n" + " ".repeat(1024) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                try {
                  for (int i = 0; i < 64 * 1024; i++) {
                    out.write(chunk);
                  }
                } catch (IOException expected) {
                  // The server closed the connection after answering.
                }
              });
      RawHttp response = RawHttp.read(socket.getInputStream());
      assertEnvelope(413, "RequestEntityTooLargeException", response);
      socket.close();
      writer.get(BOUND.toSeconds(), TimeUnit.SECONDS);
    }
    assertEquals(0, echoed.get());
  }

  @Test
  void servesClientsConcurrently() throws Exception {
    int threads = 4;
    CyclicBarrier allInside = new CyclicBarrier(threads);
    AwsJsonDispatcher dispatcher =
        AwsJsonDispatcher.builder("Test")
            .operation(
                "Meet",
                SampleRequest.class,
                r -> {
                  try {
                    // Only returns when `threads` requests are inside handlers at the same moment.
                    allInside.await(BOUND.toSeconds(), TimeUnit.SECONDS);
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                  return Map.of();
                })
            .build();
    AwsJsonHttpServer server = start(AwsJsonHttpServer.builder(dispatcher).threads(threads));
    List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      responses.add(
          client.sendAsync(
              request(server.endpoint(), "Test.Meet"), HttpResponse.BodyHandlers.ofString()));
    }
    for (CompletableFuture<HttpResponse<String>> response : responses) {
      assertEquals(200, response.get(BOUND.toSeconds(), TimeUnit.SECONDS).statusCode());
    }
  }

  @Test
  void concurrencyIsBoundedByThePool() throws Exception {
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CyclicBarrier pairs = new CyclicBarrier(2);
    AwsJsonDispatcher dispatcher =
        AwsJsonDispatcher.builder("Test")
            .operation(
                "Pair",
                SampleRequest.class,
                r -> {
                  most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                  try {
                    pairs.await(BOUND.toSeconds(), TimeUnit.SECONDS);
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  } finally {
                    inside.decrementAndGet();
                  }
                  return Map.of();
                })
            .build();
    AwsJsonHttpServer server = start(AwsJsonHttpServer.builder(dispatcher).threads(2));
    List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      responses.add(
          client.sendAsync(
              request(server.endpoint(), "Test.Pair"), HttpResponse.BodyHandlers.ofString()));
    }
    for (CompletableFuture<HttpResponse<String>> response : responses) {
      assertEquals(200, response.get(BOUND.toSeconds(), TimeUnit.SECONDS).statusCode());
    }
    assertEquals(2, most.get());
  }

  @Test
  void closeLetsRequestsFinishRefusesNewOnesAndReleasesThePort() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AwsJsonDispatcher dispatcher =
        dispatcher()
            .operation(
                "Block",
                SampleRequest.class,
                r -> {
                  entered.countDown();
                  try {
                    release.await(BOUND.toSeconds(), TimeUnit.SECONDS);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  return Map.of("Done", true);
                })
            .build();
    AwsJsonHttpServer server = start(AwsJsonHttpServer.builder(dispatcher));
    int port = server.port();
    CompletableFuture<HttpResponse<String>> blocked =
        client.sendAsync(
            request(server.endpoint(), "Test.Block"), HttpResponse.BodyHandlers.ofString());
    assertTrue(entered.await(BOUND.toSeconds(), TimeUnit.SECONDS));
    CompletableFuture<Void> closing = CompletableFuture.runAsync(server::close);

    // Once shutdown has begun, new requests are answered 503 while the blocked one is still served.
    HttpResponse<String> refused = null;
    for (int attempt = 0; attempt < 1000 && refused == null; attempt++) {
      HttpResponse<String> response = post(server.endpoint(), "Test.Echo", "{}");
      if (response.statusCode() == 503) {
        refused = response;
      } else {
        Thread.sleep(10);
      }
    }
    assertEnvelope(503, "ServiceUnavailable", refused);

    release.countDown();
    HttpResponse<String> finished = blocked.get(BOUND.toSeconds(), TimeUnit.SECONDS);
    assertEquals(200, finished.statusCode());
    assertEquals("{\"Done\":true}", finished.body());
    closing.get(BOUND.toSeconds(), TimeUnit.SECONDS);

    server.close(); // idempotent
    assertThrows(
        ConnectException.class, () -> new Socket(InetAddress.getLoopbackAddress(), port).close());
    try (ServerSocket rebound = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      assertEquals(port, rebound.getLocalPort());
    }
    assertThrows(IllegalStateException.class, server::start);
  }

  @Test
  void closeBeforeStartIsHarmless() {
    AwsJsonHttpServer server = AwsJsonHttpServer.builder(dispatcher().build()).build();
    server.close();
    assertThrows(IllegalStateException.class, server::start);
  }

  @Test
  void builderRefusesNonsense() {
    AwsJsonHttpServer.Builder builder = AwsJsonHttpServer.builder(dispatcher().build());
    assertThrows(IllegalArgumentException.class, () -> builder.port(70_000));
    assertThrows(IllegalArgumentException.class, () -> builder.threads(0));
    assertThrows(IllegalArgumentException.class, () -> builder.maxBodyBytes(-1));
    assertThrows(IllegalArgumentException.class, () -> builder.maxQueuedRequests(-1));
    assertThrows(IllegalArgumentException.class, () -> builder.readTimeout(0, TimeUnit.SECONDS));
    assertThrows(
        IllegalArgumentException.class, () -> builder.readTimeout(999, TimeUnit.MICROSECONDS));
    assertThrows(IllegalArgumentException.class, () -> builder.writeTimeout(0, TimeUnit.SECONDS));
  }

  private static HttpRequest request(URI endpoint, String target) {
    return HttpRequest.newBuilder(endpoint)
        .timeout(BOUND)
        .header("X-Amz-Target", target)
        .POST(HttpRequest.BodyPublishers.ofString("{}"))
        .build();
  }
}
