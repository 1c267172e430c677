package io.shapeforge.benchmarks.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class SocketLoadDriverTest {
  // The time bound is far away, so the request bound ends each level: the counts are exact.
  private final SocketLoadDriver driver =
      new SocketLoadDriver(WarmUp.none(), Duration.ofSeconds(30), 40);

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
      assertTrue(level.p99Micros() <= level.p999Micros());
      assertEquals(level.requests() / level.seconds(), level.requestsPerSecond(), 1e-9);
      assertEquals(0, level.reconnects(), "keep-alive: one connection per client");
    }
  }

  @Test
  void countsUnexpectedStatusesAsErrorsWithoutLatencies() throws Exception {
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
  void anExpectedStatusOtherThan200IsCountedAndTimed() throws Exception {
    try (CountingServer server = new CountingServer(0)) {
      LoadLevel level =
          driver.run(new AwsJsonCall(server.endpoint(), "AmazonSSM.Unknown", "{}"), 2, 500);
      assertEquals(40, level.requests());
      assertEquals(0, level.errors());
      assertNotNull(level.p999Micros());
    }
  }

  @Test
  void warmUpRoundsAreNotMeasuredAndStopOnceTheRateSettles() throws Exception {
    SocketLoadDriver warming =
        new SocketLoadDriver(
            new WarmUp(Duration.ofMillis(100), 3, 1e9), Duration.ofSeconds(30), 10);
    try (CountingServer server = new CountingServer(0)) {
      LoadLevel level = warming.run(new AwsJsonCall(server.endpoint(), "AmazonSSM.Ok", "{}"), 1);
      assertEquals(10, level.requests());
      // Any change is within a tolerance of 1e9, so the second round settles it.
      assertEquals(2, level.warmUpRounds());
      assertTrue(level.warmUpSettled());
      assertTrue(server.ok.get() > 10, "warm-up requests were sent: " + server.ok.get());
    }
  }

  @Test
  void aWarmUpThatNeverSettlesStopsAtItsBoundAndSaysSo() throws Exception {
    SocketLoadDriver warming =
        new SocketLoadDriver(
            new WarmUp(Duration.ofMillis(50), 2, 1e-12), Duration.ofSeconds(30), 5);
    try (CountingServer server = new CountingServer(0)) {
      LoadLevel level = warming.run(new AwsJsonCall(server.endpoint(), "AmazonSSM.Ok", "{}"), 1);
      assertEquals(2, level.warmUpRounds());
      assertEquals(5, level.requests());
    }
  }

  @Test
  void reachesTheFixedResponseServerWithItsWholeBody() throws Exception {
    try (FixedResponseServer server = FixedResponseServer.start(28 * 1024)) {
      LoadLevel level =
          driver.run(new AwsJsonCall(server.endpoint(), "AmazonSSM.Any", "{\"a\":1}"), 3);
      assertEquals(40, level.requests());
      assertEquals(0, level.errors());
      assertEquals(0, level.reconnects());
    }
  }
}
