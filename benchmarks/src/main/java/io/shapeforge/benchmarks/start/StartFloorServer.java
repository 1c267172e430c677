package io.shapeforge.benchmarks.start;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * The floor of start-up: a bare JDK {@link HttpServer} that answers every request with 200 and one
 * fixed awsJson body, started as its own JVM exactly as the emulator is ({@code java -cp
 * benchmarks.jar io.shapeforge.benchmarks.start.StartFloorServer PORT}). Whatever a JVM needs to
 * start and serve one HTTP request, this needs too; what the emulator needs beyond it is its own.
 */
public final class StartFloorServer {
  private static final byte[] BODY = "{\"MaintenanceWindows\":[]}".getBytes(StandardCharsets.UTF_8);

  private StartFloorServer() {}

  /** Serves on loopback at the port given as the only argument until the process is stopped. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: StartFloorServer PORT");
      System.exit(2);
    }
    HttpServer server =
        HttpServer.create(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0])), 0);
    server.createContext(
        "/",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
          exchange.sendResponseHeaders(200, BODY.length);
          try (OutputStream body = exchange.getResponseBody()) {
            body.write(BODY);
          }
        });
    server.start();
    System.out.println("listening on http://127.0.0.1:" + server.getAddress().getPort());
  }
}
