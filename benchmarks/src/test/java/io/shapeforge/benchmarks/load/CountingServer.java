package io.shapeforge.benchmarks.load;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback awsJson stand-in for the tests: answers 200 to {@code AmazonSSM.Ok} and 500 to
 * anything else, and counts the calls. Its {@link #main} serves on the port given, for the start-up
 * test.
 */
final class CountingServer implements AutoCloseable {
  private final HttpServer server;
  final AtomicInteger ok = new AtomicInteger();
  final AtomicInteger failed = new AtomicInteger();

  CountingServer(int port) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext(
        "/",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          boolean served =
              "AmazonSSM.Ok".equals(exchange.getRequestHeaders().getFirst("X-Amz-Target"));
          (served ? ok : failed).incrementAndGet();
          byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(served ? 200 : 500, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }

  public static void main(String[] args) throws Exception {
    new CountingServer(Integer.parseInt(args[0]));
    Thread.currentThread().join();
  }
}
