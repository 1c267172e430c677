package io.shapeforge.runtime.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The deadline's states: an interrupt only ever reaches a thread that is still reading the request
 * the deadline was started for. The watchdog's clock is passed in, so nothing here waits.
 */
class ReadDeadlineTest {
  private static final long HOUR = TimeUnit.HOURS.toNanos(1);

  private final ReadDeadline deadline = new ReadDeadline(Thread.currentThread(), HOUR);

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  @Test
  void aReaderPastItsDeadlineIsInterruptedAndMustAbandonTheExchange() {
    deadline.start();
    assertFalse(deadline.expireIfPassed(System.nanoTime()), "not yet");
    assertFalse(Thread.currentThread().isInterrupted());

    assertTrue(deadline.expireIfPassed(System.nanoTime() + HOUR));
    assertTrue(Thread.interrupted());
    assertFalse(deadline.finish(), "a request that arrived too late must not be served");
    assertFalse(deadline.expireIfPassed(System.nanoTime() + 2 * HOUR), "interrupted once only");
    deadline.resume();
    assertFalse(deadline.expireIfPassed(System.nanoTime() + 2 * HOUR), "a passed deadline does not resume");
  }

  @Test
  void aRequestReadInTimeIsNeverInterruptedWhileItIsServed() {
    deadline.start();
    assertTrue(deadline.finish());
    assertFalse(deadline.expireIfPassed(System.nanoTime() + 2 * HOUR));
    assertFalse(Thread.currentThread().isInterrupted());
  }

  @Test
  void drainingAfterTheAnswerRunsUnderTheWholeTimeoutAgain() {
    deadline.start();
    assertTrue(deadline.finish());
    deadline.resume();
    assertFalse(deadline.expireIfPassed(System.nanoTime() + HOUR / 2));
    assertTrue(deadline.expireIfPassed(System.nanoTime() + 2 * HOUR));
    assertTrue(Thread.interrupted());
  }

  @Test
  void anIdleThreadIsNeverInterrupted() {
    deadline.start();
    deadline.clear();
    assertFalse(deadline.expireIfPassed(System.nanoTime() + 2 * HOUR));
    deadline.resume();
    assertFalse(deadline.expireIfPassed(System.nanoTime() + 2 * HOUR), "resume applies to an answered request only");
    assertFalse(Thread.currentThread().isInterrupted());
  }
}
