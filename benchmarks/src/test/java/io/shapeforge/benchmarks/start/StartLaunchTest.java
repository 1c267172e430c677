package io.shapeforge.benchmarks.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartLaunchTest {
  private static final String JAVA =
      Path.of(System.getProperty("java.home"), "bin", "java").toString();

  @Test
  void timesTheFloorJarFromSpawnToItsFirst200(@TempDir Path dir) throws Exception {
    Path floor = StartComparison.floorJar(dir.resolve("floor.jar"));
    Path log = dir.resolve("start.log");

    double millis =
        StartLaunch.timeToFirst200(
            List.of(JAVA, "-jar", floor.toString(), StartLaunch.PORT_PLACEHOLDER), log);

    // A JVM cannot start and serve in under 20 ms; a minute is the launch's own limit.
    assertTrue(millis > 20 && millis < 60_000, millis + " ms");
    assertTrue(Files.readString(log).contains("listening on http://127.0.0.1:"));
  }

  @Test
  void aProcessThatExitsBeforeServingIsAFailureNotATime(@TempDir Path dir) {
    IOException failure =
        assertThrows(
            IOException.class,
            () -> StartLaunch.timeToFirst200(List.of(JAVA, "-version"), dir.resolve("start.log")));
    assertTrue(
        failure.getMessage().startsWith("exited with 0 before serving"), failure.getMessage());
  }

  @Test
  void readsTheStatusFromTheStatusLine() throws IOException {
    assertEquals(200, StartProbe.statusOf(stream("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")));
    assertEquals(400, StartProbe.statusOf(stream("HTTP/1.1 400 Bad Request\r\n")));
    assertThrows(IOException.class, () -> StartProbe.statusOf(stream("HTTP/1.1 200 OK")));
    assertThrows(IOException.class, () -> StartProbe.statusOf(stream("SSH-2.0-OpenSSH\r\n")));
  }

  @Test
  void theMedianIsTheMiddleLaunchOrTheMeanOfTheMiddleTwo() {
    assertEquals(300, subject(List.of(900.0, 300.0, 280.0)).medianMillis(), 0.0);
    assertEquals(310, subject(List.of(900.0, 300.0, 280.0, 320.0)).medianMillis(), 0.0);
    assertEquals(280, subject(List.of(900.0, 300.0, 280.0)).minMillis(), 0.0);
    assertEquals(900, subject(List.of(900.0, 300.0, 280.0)).maxMillis(), 0.0);
  }

  private static StartSubject subject(List<Double> millis) {
    return new StartSubject("k", "name", "cmd", millis, null);
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
  }
}
