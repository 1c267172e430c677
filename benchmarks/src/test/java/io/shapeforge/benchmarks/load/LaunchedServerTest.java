package io.shapeforge.benchmarks.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
class LaunchedServerTest {
  private static final String JAVA =
      Path.of(System.getProperty("java.home"), "bin", "java").toString();

  @TempDir Path logs;

  @Test
  void measuresTimeToTheFirst200AndStopsTheProcess() throws Exception {
    List<String> command =
        List.of(
            JAVA,
            "-cp",
            System.getProperty("java.class.path"),
            CountingServer.class.getName(),
            LaunchedServer.PORT_PLACEHOLDER);
    LaunchedServer server =
        LaunchedServer.launch(
            command,
            endpoint -> new AwsJsonCall(endpoint, "AmazonSSM.Ok", "{}"),
            Duration.ofSeconds(60),
            log());
    try {
      assertTrue(server.timeToFirstServed().toNanos() > 0);
      assertEquals(
          200, new SetupCalls().status(new AwsJsonCall(server.endpoint(), "AmazonSSM.Ok", "{}")));
    } finally {
      server.close();
    }
    assertThrows(
        IOException.class,
        () -> new SetupCalls().status(new AwsJsonCall(server.endpoint(), "AmazonSSM.Ok", "{}")));
  }

  @Test
  void failsWhenTheServerNeverAnswers200() {
    List<String> command =
        List.of(
            JAVA,
            "-cp",
            System.getProperty("java.class.path"),
            CountingServer.class.getName(),
            LaunchedServer.PORT_PLACEHOLDER);
    IOException failure =
        assertThrows(
            IOException.class,
            () ->
                LaunchedServer.launch(
                    command,
                    endpoint -> new AwsJsonCall(endpoint, "AmazonSSM.Unknown", "{}"),
                    Duration.ofSeconds(3),
                    log()));
    assertTrue(failure.getMessage().contains("did not serve"), failure.getMessage());
  }

  @Test
  void failsFastWhenTheProcessExits() {
    IOException failure =
        assertThrows(
            IOException.class,
            () ->
                LaunchedServer.launch(
                    List.of(JAVA, "-version"),
                    endpoint -> new AwsJsonCall(endpoint, "AmazonSSM.Ok", "{}"),
                    Duration.ofSeconds(60),
                    log()));
    assertFalse(failure.getMessage().contains("did not serve"), failure.getMessage());
  }

  private File log() {
    return logs.resolve("server.log").toFile();
  }
}
