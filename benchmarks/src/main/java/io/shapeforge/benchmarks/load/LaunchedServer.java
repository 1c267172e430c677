package io.shapeforge.benchmarks.load;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A server process this program started, with the time from its start to the first request it
 * served with status 200. Closing it stops the process (SIGTERM, then SIGKILL after a grace
 * period).
 *
 * <pre>{@code
 * try (LaunchedServer moto = LaunchedServer.launch(
 *     List.of("moto_server", "-p", "{port}"), uri -> new AwsJsonCall(uri, "AmazonSSM.DescribeMaintenanceWindows", "{}"),
 *     Duration.ofSeconds(60), logFile)) {
 *   System.out.println(moto.timeToFirstServed());
 * }
 * }</pre>
 */
public final class LaunchedServer implements AutoCloseable {
  /** Replaced in a launch command by the free port picked for the server. */
  public static final String PORT_PLACEHOLDER = "{port}";

  private static final Duration POLL_INTERVAL = Duration.ofMillis(5);
  private static final Duration POLL_TIMEOUT = Duration.ofSeconds(2);

  private final Process process;
  private final URI endpoint;
  private final Duration timeToFirstServed;

  private LaunchedServer(Process process, URI endpoint, Duration timeToFirstServed) {
    this.process = process;
    this.endpoint = endpoint;
    this.timeToFirstServed = timeToFirstServed;
  }

  /**
   * Starts {@code command} (with {@link #PORT_PLACEHOLDER} replaced by a free loopback port) and
   * polls the probe call built for its endpoint until it answers 200, for at most {@code
   * startTimeout}. The clock starts just before the process is spawned.
   */
  public static LaunchedServer launch(
      List<String> command, Function<URI, AwsJsonCall> probe, Duration startTimeout, File log)
      throws IOException, InterruptedException {
    int port = freePort();
    URI endpoint = URI.create("http://127.0.0.1:" + port + "/");
    List<String> resolved = new ArrayList<>(command.size());
    for (String argument : command) {
      resolved.add(argument.replace(PORT_PLACEHOLDER, Integer.toString(port)));
    }
    ProcessBuilder builder =
        new ProcessBuilder(resolved)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log));
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(POLL_TIMEOUT)
            .build();
    long started = System.nanoTime();
    Process process = builder.start();
    long deadline = started + startTimeout.toNanos();
    try {
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new IOException(
              "server exited with " + process.exitValue() + " before serving; see " + log);
        }
        try {
          // Built afresh each time: a probe may depend on what the server has printed so far.
          var request = probe.apply(endpoint).toHttpRequest(POLL_TIMEOUT);
          if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
            return new LaunchedServer(
                process, endpoint, Duration.ofNanos(System.nanoTime() - started));
          }
        } catch (IOException notListeningYet) {
          // Expected until the server binds its port.
        }
        Thread.sleep(POLL_INTERVAL.toMillis());
      }
      throw new IOException(
          "server did not serve " + probe.apply(endpoint).target() + " within " + startTimeout);
    } catch (IOException | InterruptedException | RuntimeException e) {
      stop(process);
      throw e;
    }
  }

  /** Where the server listens, e.g. {@code http://127.0.0.1:40123/}. */
  public URI endpoint() {
    return endpoint;
  }

  /** From just before the process was spawned to the first 200 response. */
  public Duration timeToFirstServed() {
    return timeToFirstServed;
  }

  @Override
  public void close() throws InterruptedException {
    stop(process);
  }

  private static void stop(Process process) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
