package io.shapeforge.samples.ssm.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shapeforge.samples.ssm.emulator.SsmEmulator;
import io.shapeforge.samples.ssm.schedule.ManualClock;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same maintenance-window calls against the emulator and against moto_server (moto 5.x, the
 * emulator LocalStack delegates SSM to), on the 9 operations moto implements, compared modulo
 * identifiers and timestamps by {@code differential.py}.
 *
 * <p>Every known difference is listed in {@code moto-differences.json}, and explained, with which
 * side matches AWS's documentation, in {@code docs/moto-differential.md}. The comparison is exact:
 * a new difference, or a listed one that went away, fails this test. Skipped only when python3,
 * boto3 or moto is missing.
 */
class MotoDifferentialTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long MOTO_START_MILLIS = 60_000;

  @TempDir Path directory;

  @Test
  void theAnswersDifferOnlyWhereListed() throws Exception {
    Python.assumeModules("boto3", "moto", "flask");
    int port = freePort();
    Process moto =
        Python.start(
            directory.resolve("moto.log"),
            "-m",
            "moto.server",
            "-H",
            "127.0.0.1",
            "-p",
            Integer.toString(port));
    // A still clock makes NextExecutionTime, which moto never answers, one known value.
    ManualClock clock = ManualClock.startingAt(Instant.parse("2027-01-04T00:00:00Z"));
    try (SsmEmulator emulator = SsmEmulator.builder().port(0).clock(clock).build().start()) {
      awaitListening(port, moto, directory.resolve("moto.log"));
      Python.Result result =
          Python.runScript(
              directory,
              "differential.py",
              emulator.endpoint().toString(),
              "http://127.0.0.1:" + port);
      assertEquals(0, result.exitCode(), result.stdout() + result.stderr());
      List<String> found = JSON.readValue(result.stdout(), new TypeReference<List<String>>() {});
      List<String> known = known();
      if (!known.equals(found)) {
        // For review: after checking each new line, this file replaces moto-differences.json.
        Files.writeString(
            Path.of("target", "moto-differences-found.json"),
            JSON.writerWithDefaultPrettyPrinter().writeValueAsString(found));
      }
      assertEquals(known, found, "differences between the emulator and moto_server");
    } finally {
      moto.destroy();
      moto.waitFor();
    }
  }

  private static List<String> known() throws IOException {
    try (InputStream listed =
        MotoDifferentialTest.class.getResourceAsStream("moto-differences.json")) {
      return JSON.readValue(listed, new TypeReference<List<String>>() {});
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void awaitListening(int port, Process moto, Path log) throws Exception {
    long deadline = System.currentTimeMillis() + MOTO_START_MILLIS;
    while (System.currentTimeMillis() < deadline) {
      if (!moto.isAlive()) {
        throw new IllegalStateException("moto_server exited: " + Files.readString(log));
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return;
      } catch (IOException notYet) {
        Thread.sleep(200);
      }
    }
    throw new IllegalStateException(
        "moto_server did not listen within 60 s: " + Files.readString(log));
  }
}
