package io.shapeforge.samples.ssm.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar as a user runs it: {@code java -jar target/ssm-emulator.jar --demo --port 0} in a
 * child JVM, queried over HTTP, then stopped with SIGTERM ({@link Process#destroy()} on Unix).
 *
 * <p>It runs in the {@code integration-test} phase (failsafe), after {@code package} has built the
 * jar, so that what is tested is the artifact itself: its manifest, its shaded dependencies and its
 * shutdown hook, none of which an in-process test of {@link Main} covers. The child writes to a
 * file rather than a pipe, so its last lines can be read after it has exited.
 */
class ExecutableJarIT {
  private static final Path JAR = Path.of("target", "ssm-emulator.jar");
  private static final Pattern ENDPOINT = Pattern.compile("http://[^\\s]+");

  /** The JVM's exit status after SIGTERM once its shutdown hooks have run: 128 + 15. */
  private static final int SIGTERM_EXIT = 143;

  private static final long START_TIMEOUT_MILLIS = 60_000;

  @TempDir Path temp;

  @Test
  void theJarServesTheDemoAndStopsCleanlyOnSigterm() throws Exception {
    assertTrue(Files.isRegularFile(JAR), "package builds " + JAR.toAbsolutePath());
    Path log = temp.resolve("emulator.log");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(java.toString(), "-jar", JAR.toString(), "--demo", "--port", "0")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      String endpoint = awaitEndpoint(process, log);

      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(endpoint + "/"))
                      .timeout(Duration.ofSeconds(30))
                      .header("X-Amz-Target", "AmazonSSM.DescribeMaintenanceWindowExecutionTasks")
                      .POST(
                          HttpRequest.BodyPublishers.ofString(
                              "{\"WindowExecutionId\":\""
                                  + DemoData.create().largeExecutionId()
                                  + "\",\"MaxResults\":100}"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode(), response.body());
      assertTrue(
          response.body().contains("\"NextToken\""), "137 tasks are more than one page of 100");

      process.destroy();
      assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the emulator stops on SIGTERM");
      assertEquals(SIGTERM_EXIT, process.exitValue(), Files.readString(log));
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      assertEquals(
          "SSM emulator stopped",
          lines.get(lines.size() - 1),
          "the shutdown hook closed the server");
    } finally {
      process.destroyForcibly();
    }
  }

  /** Waits, boundedly, for the line with the endpoint. */
  private static String awaitEndpoint(Process process, Path log)
      throws IOException, InterruptedException {
    long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
    while (System.currentTimeMillis() < deadline) {
      for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
        Matcher matcher = ENDPOINT.matcher(line);
        if (matcher.find()) {
          return matcher.group();
        }
      }
      if (!process.isAlive()) {
        throw new AssertionError(
            "the jar exited with " + process.exitValue() + ": " + Files.readString(log));
      }
      Thread.sleep(50);
    }
    throw new AssertionError(
        "no endpoint within " + START_TIMEOUT_MILLIS + " ms: " + Files.readString(log));
  }
}
