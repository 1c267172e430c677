package io.shapeforge.samples.ssm.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The emulator's manual clock and its {@code --clock} flag. */
class ManualClockTest {
  private static final Instant START = Instant.parse("2027-01-04T00:00:00Z");

  @Test
  void standsStillUntilMoved() throws InterruptedException {
    ManualClock clock = ManualClock.startingAt(START);
    Thread.sleep(5);
    assertEquals(START, clock.instant());
    assertEquals(START.toEpochMilli(), clock.millis());
    assertEquals(ZoneOffset.UTC, clock.getZone());
  }

  @Test
  void advancesAndSetsForward() {
    ManualClock clock = ManualClock.startingAt(START);
    assertEquals(Instant.parse("2027-01-04T01:00:00Z"), clock.advance(Duration.ofHours(1)));
    assertEquals(Instant.parse("2027-01-04T01:00:00Z"), clock.advance(Duration.ZERO));
    assertEquals(
        Instant.parse("2027-01-05T00:00:00Z"), clock.set(Instant.parse("2027-01-05T00:00:00Z")));
    assertEquals(
        Instant.parse("2027-01-05T00:00:00Z"), clock.set(Instant.parse("2027-01-05T00:00:00Z")));
    assertEquals(Instant.parse("2027-01-05T00:00:00Z"), clock.instant());
  }

  @Test
  void refusesToGoBack() {
    ManualClock clock = ManualClock.startingAt(START);
    IllegalArgumentException backwards =
        assertThrows(
            IllegalArgumentException.class, () -> clock.set(Instant.parse("2027-01-03T23:59:59Z")));
    assertEquals(
        "The manual clock only moves forward: 2027-01-03T23:59:59Z is before its current time"
            + " 2027-01-04T00:00:00Z",
        backwards.getMessage());
    IllegalArgumentException negative =
        assertThrows(IllegalArgumentException.class, () -> clock.advance(Duration.ofSeconds(-1)));
    assertEquals(
        "The manual clock only moves forward: cannot advance by PT-1S", negative.getMessage());
    assertEquals(START, clock.instant());
  }

  @Test
  void zoneViewsShareTheTime() {
    ManualClock clock = ManualClock.startingAt(START);
    ManualClock tokyo = clock.withZone(ZoneId.of("Asia/Tokyo"));
    assertSame(clock, clock.withZone(ZoneOffset.UTC));
    tokyo.advance(Duration.ofMinutes(5));
    assertEquals(START.plusSeconds(300), clock.instant());
    assertEquals(ZoneId.of("Asia/Tokyo"), tokyo.getZone());
    assertEquals(clock, clock.withZone(ZoneId.of("Asia/Tokyo")).withZone(ZoneOffset.UTC));
  }

  /** Many threads advancing at once lose no step, and no reader ever sees time go back. */
  @Test
  void concurrentMovesAreNeitherLostNorReordered() throws Exception {
    ManualClock clock = ManualClock.startingAt(START);
    int threads = 8;
    int steps = 2_000;
    ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> movers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        movers.add(
            pool.submit(
                () -> {
                  go.await();
                  for (int i = 0; i < steps; i++) {
                    clock.advance(Duration.ofMillis(1));
                  }
                  return null;
                }));
      }
      Future<Boolean> reader =
          pool.submit(
              () -> {
                go.await();
                Instant last = clock.instant();
                for (int i = 0; i < 100_000; i++) {
                  Instant now = clock.instant();
                  if (now.isBefore(last)) {
                    return false;
                  }
                  last = now;
                }
                return true;
              });
      go.countDown();
      for (Future<?> mover : movers) {
        mover.get(30, TimeUnit.SECONDS);
      }
      assertEquals(true, reader.get(30, TimeUnit.SECONDS));
      assertEquals(START.plusMillis((long) threads * steps), clock.instant());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Racing sets never move the clock back: each either takes effect or is refused because the clock
   * is already past it, and the latest target wins.
   */
  @Test
  void racingSetsEndAtTheLatestTarget() throws Exception {
    ManualClock clock = ManualClock.startingAt(START);
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Integer>> setters = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        setters.add(
            pool.submit(
                () -> {
                  go.await();
                  int refused = 0;
                  for (int i = first; i < 8_000; i += threads) {
                    try {
                      clock.set(START.plusSeconds(i));
                    } catch (IllegalArgumentException alreadyPast) {
                      refused++;
                    }
                  }
                  return refused;
                }));
      }
      go.countDown();
      for (Future<Integer> setter : setters) {
        setter.get(30, TimeUnit.SECONDS);
      }
      assertEquals(START.plusSeconds(7_999), clock.instant());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void clockFlagReal() {
    Clock clock = ClockOption.parse("real");
    assertEquals(Clock.systemUTC(), clock);
  }

  @Test
  void clockFlagManual() {
    ManualClock clock =
        assertInstanceOf(ManualClock.class, ClockOption.parse("manual@2027-01-04T00:00:00Z"));
    assertEquals(START, clock.instant());
    assertEquals(
        Instant.parse("2027-01-04T00:00:00.5Z"),
        ClockOption.parse("manual@2027-01-04T00:00:00.500Z").instant());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Real",
        "manual",
        "manual@",
        "manual@2027-01-04",
        "manual@2027-01-04T00:00:00",
        "manual@tomorrow",
        "manual 2027-01-04T00:00:00Z",
        "fixed@2027-01-04T00:00:00Z"
      })
  void clockFlagRefusesAnythingElse(String value) {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> ClockOption.parse(value));
    assertEquals(
        "--clock takes 'real' or 'manual@<ISO-8601 instant>', such as manual@2027-01-04T00:00:00Z, not '"
            + value
            + "'",
        error.getMessage());
  }
}
