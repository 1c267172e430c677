package io.shapeforge.samples.ssm.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapeforge.samples.ssm.imported.model.AmazonSsmTables;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The CLI in-process: flags, exit codes and output. Closing the emulator stands in for the signal
 * here; {@code ExecutableJarIT} sends a real SIGTERM to the shaded jar.
 */
class MainTest {
  private static final Pattern ENDPOINT = Pattern.compile("http://[^\\s]+");

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final AtomicReference<SsmEmulator> started = new AtomicReference<>();

  @Test
  void badFlagsPrintTheUsageAndExitWith2() {
    for (String[] args :
        new String[][] {
          {"--bogus"},
          {"--port"},
          {"--port", "http"},
          {"--port", "70000"},
          {"--demo=yes"},
          {"--seed", "a.json", "--demo"},
          {"--host", ""},
          {"--store"},
          {"--store", "mysql://db"},
          {"--store=h2:"},
          {"--store", "jdbc:postgresql:ssm"},
          {"--token-key-file"},
          {"--clock"},
          {"--clock", "fake"},
          {"--clock", "manual@tomorrow"},
          {"--clock=manual@2027-01-04"},
          {"--control-plane=yes"}
        }) {
      out.reset();
      err.reset();
      assertEquals(2, run(args), String.join(" ", args));
      assertTrue(err().startsWith("Error: "), err());
      assertTrue(err().contains("Usage: java -jar ssm-emulator.jar"), err());
      assertEquals("", out());
    }
  }

  @Test
  void aStoreOfNoKnownFormSaysWhatIsAccepted() {
    assertEquals(2, run("--store", "mysql://db"));
    assertTrue(
        err()
            .startsWith(
                "Error: --store: unknown store 'mysql://db': use memory, h2:FILE or "
                    + "jdbc:postgresql://HOST:PORT/DB?user=..."
                    + System.lineSeparator()),
        err());
  }

  @Test
  void anUnreachableDatabaseExitsWith1AndSaysWhy() throws Exception {
    int port;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/ssm?user=ssm&password=hunter2";
    assertEquals(1, run("--port", "0", "--store", url));
    String redacted = "jdbc:postgresql://127.0.0.1:" + port + "/ssm?user=ssm&password=***";
    assertTrue(err().startsWith("Error: cannot open store " + redacted + ": "), err());
    assertTrue(err().contains("refused"), err());
    assertTrue(!err().contains("hunter2"), err());
    assertEquals("", out());
  }

  @Test
  void aTokenKeyFileTooShortExitsWith1(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path directory) throws Exception {
    java.nio.file.Path key =
        java.nio.file.Files.writeString(directory.resolve("short.key"), "tiny");
    assertEquals(1, run("--port", "0", "--token-key-file", key.toString()));
    assertTrue(
        err()
            .startsWith("Error: token key file " + key + " holds 4 bytes; a key needs at least 16"),
        err());
  }

  @Test
  void aPersistentStoreKeepsItsRecordsAndTheSeedLoadsOnce(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path directory) throws Exception {
    String seed = SeedReaderTest.resource("seeds/valid.json").toString();
    String store = "h2:" + directory.resolve("ssm");
    assertEquals(Main.SERVING, run("--port", "0", "--store", store, "--seed", seed));
    started.get().close();
    assertEquals(
        "Loaded 2 maintenance window executions and 2 task executions from " + seed,
        out().lines().findFirst().orElseThrow());
    out.reset();
    assertEquals(Main.SERVING, run("--port", "0", "--store", store, "--seed", seed));
    try (SsmEmulator emulator = started.get()) {
      assertEquals(
          "Kept the records already in " + store + "; " + seed + " loads only into an empty store",
          out().lines().findFirst().orElseThrow());
      assertEquals(
          2,
          emulator
              .store()
              .table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION_TASK_IDENTITY)
              .size());
    }
  }

  @Test
  void helpPrintsTheUsageAndExitsWith0() {
    assertEquals(0, run("--help"));
    assertTrue(out().contains("--clock CLOCK"), out());
    assertTrue(out().contains("manual@2027-01-04T00:00:00Z"), out());
    assertTrue(out().contains("--control-plane"), out());
    assertTrue(
        out().contains("the 23 maintenance-window operations (windows, targets, tasks, schedule,"),
        out());
    assertTrue(
        out().startsWith("Usage: java -jar ssm-emulator.jar [--host HOST] [--port PORT]"), out());
  }

  @Test
  void anInvalidSeedPrintsEveryErrorAndExitsWith1() throws Exception {
    assertEquals(
        1,
        run(
            "--port",
            "0",
            "--seed",
            SeedReaderTest.resource("seeds/several-errors.json").toString()));

    assertTrue(err().contains("is invalid (13 errors); nothing was loaded"), err());
    assertTrue(err().contains("$.WindowExecutionTasks[2].TaskArn: Value ''"), err());
    assertTrue(
        err().contains("$.WindowExecutionTasks[4]: a task execution must be an object, not null"),
        err());
  }

  @Test
  void aValidSeedIsLoadedAndServed() throws Exception {
    String seed = SeedReaderTest.resource("seeds/valid.json").toString();

    assertEquals(Main.SERVING, run("--port", "0", "--seed", seed));
    try (SsmEmulator emulator = started.get()) {
      assertEquals(
          "Loaded 2 maintenance window executions and 2 task executions from " + seed,
          out().lines().findFirst().orElseThrow());
      assertEquals(
          2,
          emulator
              .store()
              .table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION_TASK_IDENTITY)
              .size());
    }
  }

  @Test
  void aManualClockStandsStillAndTheControlPlaneMovesIt() throws Exception {
    assertEquals(Main.SERVING, run("--port", "0", "--clock", "manual@2027-01-04T00:00:00Z"));
    try (SsmEmulator emulator = started.get()) {
      assertEquals(java.time.Instant.parse("2027-01-04T00:00:00Z"), emulator.now());
      assertTrue(emulator.servesControlPlane());
      HttpResponse<String> moved =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(emulator.endpoint().resolve("/_shapeforge/clock"))
                      .POST(HttpRequest.BodyPublishers.ofString("{\"advanceSeconds\": 60}"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals("{\"epochSeconds\":1799020860}", moved.body());
    }
  }

  @Test
  void theControlPlaneFlagServesItOnANonLoopbackHost() {
    assertEquals(Main.SERVING, run("--host", "0.0.0.0", "--port", "0", "--control-plane"));
    try (SsmEmulator emulator = started.get()) {
      assertTrue(emulator.servesControlPlane());
    }
    assertEquals(Main.SERVING, run("--host", "0.0.0.0", "--port", "0"));
    try (SsmEmulator emulator = started.get()) {
      assertTrue(!emulator.servesControlPlane());
    }
  }

  @Test
  void aMissingSeedFileExitsWith1() {
    assertEquals(1, run("--seed", "does/not/exist.json"));
    assertTrue(err().contains("cannot read seed file does/not/exist.json"), err());
  }

  @Test
  void demoServesAndPrintsTheEndpointAndCommands() throws Exception {
    assertEquals(Main.SERVING, run("--demo", "--port=0"));
    try (SsmEmulator emulator = started.get()) {
      assertNotNull(emulator);
      List<String> lines = out().lines().collect(Collectors.toList());
      assertEquals(
          "Loaded 8 maintenance window executions and 155 task executions from the demo data",
          lines.get(0));
      assertTrue(
          lines
              .get(1)
              .startsWith(
                  "SSM emulator (AmazonSSM: 146 operations, 23 implemented: the maintenance-window"
                      + " family) listening on http://"),
          lines.get(1));
      Matcher endpoint = ENDPOINT.matcher(lines.get(1));
      assertTrue(endpoint.find(), lines.get(1));
      assertEquals(emulator.endpoint().toString(), endpoint.group());
      DemoData demo = DemoData.create();
      assertTrue(
          out()
              .contains(
                  "--endpoint-url "
                      + emulator.endpoint()
                      + " --window-execution-id "
                      + demo.largeExecutionId()),
          out());
      // benchmarks' EmulatorScenario.demoLargeExecutionId reads the large execution from this.
      assertTrue(
          out().contains("--window-execution-id " + demo.largeExecutionId() + " --max-items 10"),
          out());

      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(endpoint.group() + "/"))
                      .timeout(Duration.ofSeconds(30))
                      .header("X-Amz-Target", "AmazonSSM.DescribeMaintenanceWindowExecutionTasks")
                      .POST(
                          HttpRequest.BodyPublishers.ofString(
                              "{\"WindowExecutionId\":\"" + demo.failedExecutionId() + "\"}"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode(), response.body());
      assertTrue(response.body().contains("\"Status\":\"TIMED_OUT\""), response.body());
    }
  }

  private int run(String... args) {
    return Main.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        started::set);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
