package io.shapeforge.benchmarks.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class HttpLoadDriverTest {
  // The time bound is far away, so the request bound ends each level: the counts are exact.
  private final HttpLoadDriver driver =
      new HttpLoadDriver(Duration.ZERO, Duration.ofSeconds(30), 40);

  @Test
  void sendsExactlyTheRequestBoundAcrossAllClients() throws Exception {
    try (CountingServer server = new CountingServer(0)) {
      LoadLevel level = driver.run(new AwsJsonCall(server.endpoint(), "AmazonSSM.Ok", "{}"), 4);
      assertEquals(4, level.clients());
      assertEquals(40, level.requests());
      assertEquals(0, level.errors());
      assertEquals(40, server.ok.get());
      assertNotNull(level.p50Micros());
      assertTrue(level.p50Micros() <= level.p99Micros());
      assertEquals(level.requests() / level.seconds(), level.requestsPerSecond(), 1e-9);
    }
  }

  @Test
  void countsNon200AnswersAsErrorsWithoutLatencies() throws Exception {
    try (CountingServer server = new CountingServer(0)) {
      LoadLevel level =
          driver.run(new AwsJsonCall(server.endpoint(), "AmazonSSM.Unknown", "{}"), 2);
      assertEquals(0, level.requests());
      assertEquals(40, level.errors());
      assertEquals(40, server.failed.get());
      assertNull(level.p99Micros());
    }
  }

  @Test
  void warmUpRequestsAreNotMeasured() throws Exception {
    HttpLoadDriver warming = new HttpLoadDriver(Duration.ofMillis(200), Duration.ofSeconds(30), 10);
    try (CountingServer server = new CountingServer(0)) {
      LoadLevel level = warming.run(new AwsJsonCall(server.endpoint(), "AmazonSSM.Ok", "{}"), 1);
      assertEquals(10, level.requests());
      assertTrue(
          server.ok.get() >= 10 && server.ok.get() <= 20,
          "warm-up sent at most its own bound: " + server.ok.get());
    }
  }
}
