package io.shapeforge.benchmarks.start;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One launch of a server process, timed from just before it is spawned to its first 200. */
final class StartLaunch {
  /** Replaced in a launch command by the free port picked for the server. */
  static final String PORT_PLACEHOLDER = "{port}";

  static final long POLL_MILLIS = 5;
  private static final long START_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(60);

  private StartLaunch() {}

  /**
   * Starts {@code command} on a free loopback port, polls it with a {@link StartProbe} until it
   * answers 200, stops it, and returns the milliseconds from just before the spawn to that answer.
   * The process's output is appended to {@code log}.
   *
   * @throws IOException when it exits or answers anything but 200 first, or does not serve within a
   *     minute
   */
  static double timeToFirst200(List<String> command, Path log)
      throws IOException, InterruptedException {
    int port = freePort();
    List<String> resolved = new ArrayList<>(command.size());
    for (String argument : command) {
      resolved.add(argument.replace(PORT_PLACEHOLDER, Integer.toString(port)));
    }
    ProcessBuilder builder =
        new ProcessBuilder(resolved)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    StartProbe probe = new StartProbe(port);
    long started = System.nanoTime();
    Process process = builder.start();
    try {
      while (System.nanoTime() - started < START_TIMEOUT_NANOS) {
        if (!process.isAlive()) {
          throw new IOException(
              "exited with " + process.exitValue() + " before serving; see " + log);
        }
        int status;
        try {
          status = probe.status();
        } catch (IOException notServingYet) {
          Thread.sleep(POLL_MILLIS);
          continue;
        }
        long served = System.nanoTime();
        if (status != 200) {
          throw new IOException("answered " + status + " to " + StartProbe.TARGET);
        }
        return (served - started) / 1e6;
      }
      throw new IOException("did not serve within a minute; see " + log);
    } finally {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
