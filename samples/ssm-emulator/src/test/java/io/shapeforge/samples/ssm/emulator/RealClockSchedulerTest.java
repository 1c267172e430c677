package io.shapeforge.samples.ssm.emulator;

import static io.shapeforge.samples.ssm.execution.WindowFixtures.put;
import static io.shapeforge.samples.ssm.execution.WindowFixtures.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapeforge.samples.ssm.execution.ExecutionTables;
import io.shapeforge.samples.ssm.execution.Scheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * On a clock that moves by itself, the scheduler's daemon thread starts due runs without anyone
 * asking, and stops with the emulator.
 */
class RealClockSchedulerTest {

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void theBackgroundThreadRunsDueWindowsAndStopsOnClose() throws Exception {
    Instant created = Instant.now().minus(Duration.ofMinutes(61)).truncatedTo(ChronoUnit.SECONDS);
    SsmEmulator emulator = SsmEmulator.builder().port(0).clock(Clock.systemUTC()).build();
    // Created 61 minutes ago with rate(1 hour): one run fell due a minute ago.
    put(
        emulator.store(),
        window("mw-0000000000000000d", "rate(1 hour)")
            .createdDate(created)
            .modifiedDate(created)
            .build());
    Set<Thread> before = schedulerThreads();
    emulator.start();
    Set<Thread> started = schedulerThreads();
    started.removeAll(before);
    assertEquals(1, started.size(), "one scheduler thread per emulator on a moving clock");
    Thread ticker = started.iterator().next();
    try {
      long deadline =
          System.nanoTime() + TimeUnit.SECONDS.toNanos(10 * Scheduler.TICK_MILLIS / 1000);
      while (emulator.store().table(ExecutionTables.EXECUTIONS).size() == 0
          && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertEquals(1, emulator.store().table(ExecutionTables.EXECUTIONS).size());
      assertTrue(ticker.isAlive());
      assertTrue(ticker.isDaemon(), "it must not keep a host's JVM alive");
    } finally {
      emulator.close();
    }
    assertFalse(ticker.isAlive(), "close() stops the scheduler thread");
  }

  private static Set<Thread> schedulerThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().startsWith(Scheduler.THREAD_NAME))
        .collect(Collectors.toCollection(HashSet::new));
  }
}
