package io.shapeforge.runtime.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.shapeforge.runtime.protocol.AwsJsonDispatcher;
import io.shapeforge.runtime.protocol.ProtocolResponse;
import io.shapeforge.runtime.protocol.SampleRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Routes beside the AWS protocol: a path under a route's prefix goes to the route with its method
 * and body, everything else still goes to the dispatcher, and the body limit applies to routes too.
 */
class HttpRouteTest {
  private static final Duration BOUND = Duration.ofSeconds(20);

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(BOUND).build();
  private AwsJsonHttpServer server;

  @AfterEach
  void close() {
    if (server != null) {
      server.close();
    }
  }

  private URI start(long maxBodyBytes) {
    AwsJsonDispatcher dispatcher =
        AwsJsonDispatcher.builder("Test")
            .operation("Echo", SampleRequest.class, r -> Map.of("Id", "protocol"))
            .build();
    server =
        AwsJsonHttpServer.builder(dispatcher)
            .maxBodyBytes(maxBodyBytes)
            .route(
                "/_admin/",
                (method, path, body) ->
                    ProtocolResponse.of(
                        201,
                        Map.of("Content-Type", "text/plain"),
                        (method + " " + path + " " + new String(body, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8),
                        "id"))
            .build()
            .start();
    return server.endpoint();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return client.send(request.timeout(BOUND).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void pathsUnderThePrefixGoToTheRouteWithMethodPathAndBody() throws Exception {
    URI endpoint = start(1024);
    HttpResponse<String> posted =
        send(
            HttpRequest.newBuilder(endpoint.resolve("/_admin/clock?x=1"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"a\":1}")));
    assertEquals(201, posted.statusCode());
    assertEquals("text/plain", posted.headers().firstValue("Content-Type").orElseThrow());
    assertEquals("POST /_admin/clock {\"a\":1}", posted.body());

    HttpResponse<String> got = send(HttpRequest.newBuilder(endpoint.resolve("/_admin/x")).GET());
    assertEquals("GET /_admin/x ", got.body());
  }

  @Test
  void theProtocolAndOtherPathsAreUnchanged() throws Exception {
    URI endpoint = start(1024);
    HttpResponse<String> protocol =
        send(
            HttpRequest.newBuilder(endpoint)
                .header("X-Amz-Target", "Test.Echo")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
    assertEquals(200, protocol.statusCode());
    assertEquals("{\"Id\":\"protocol\"}", protocol.body());
    // Only paths under the prefix are the route's; the prefix's own parent is not.
    HttpResponse<String> near = send(HttpRequest.newBuilder(endpoint.resolve("/_admin")).GET());
    assertEquals(404, near.statusCode());
  }

  @Test
  void theBodyLimitAppliesToRoutes() throws Exception {
    URI endpoint = start(8);
    HttpResponse<String> tooLarge =
        send(
            HttpRequest.newBuilder(endpoint.resolve("/_admin/clock"))
                .POST(HttpRequest.BodyPublishers.ofString("123456789")));
    assertEquals(413, tooLarge.statusCode());
  }

  @Test
  void prefixesMustStartAndEndWithASlashAndBeGivenOnce() {
    HttpRoute route = (method, path, body) -> null;
    AwsJsonHttpServer.Builder builder =
        AwsJsonHttpServer.builder(AwsJsonDispatcher.builder("Test").build());
    assertThrows(IllegalArgumentException.class, () -> builder.route("/", route));
    assertThrows(IllegalArgumentException.class, () -> builder.route("_admin/", route));
    assertThrows(IllegalArgumentException.class, () -> builder.route("/_admin", route));
    builder.route("/_admin/", route);
    assertThrows(IllegalArgumentException.class, () -> builder.route("/_admin/", route));
  }
}
