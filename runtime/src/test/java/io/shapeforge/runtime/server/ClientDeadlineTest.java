package io.shapeforge.runtime.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The deadline's states: an interrupt only ever reaches a thread that is still waiting on its
 * client for the wait the deadline was started for. The watchdog's clock is passed in, so nothing
 * here waits.
 */
class ClientDeadlineTest {
  private static final long HOUR = TimeUnit.HOURS.toNanos(1);

  /** One hour to read, two to write. */
  private final ClientDeadline deadline =
      new ClientDeadline(Thread.currentThread(), HOUR, 2 * HOUR);

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  private boolean expiresAfter(long nanos) {
    return deadline.expireIfPassed(System.nanoTime() + nanos);
  }

  @Test
  void aReaderPastItsDeadlineIsInterruptedAndMustAbandonTheExchange() {
    deadline.reading();
    assertFalse(expiresAfter(0), "not yet");
    assertFalse(Thread.currentThread().isInterrupted());

    assertTrue(expiresAfter(HOUR + 1));
    assertTrue(Thread.interrupted());
    assertFalse(deadline.serving(), "a request that arrived too late must not be served");
    assertFalse(expiresAfter(3 * HOUR), "interrupted once only");
    deadline.writing();
    deadline.reading();
    assertFalse(expiresAfter(3 * HOUR), "a passed deadline does not start again");
  }

  @Test
  void servingIsNeverInterrupted() {
    deadline.reading();
    assertTrue(deadline.serving());
    assertFalse(expiresAfter(3 * HOUR));
    assertFalse(Thread.currentThread().isInterrupted());
  }

  @Test
  void writingRunsUnderTheWriteTimeout() {
    deadline.reading();
    assertTrue(deadline.serving());
    deadline.writing();
    assertFalse(expiresAfter(HOUR + HOUR / 2), "past the read timeout, within the write timeout");
    assertTrue(expiresAfter(2 * HOUR + 1));
    assertTrue(Thread.interrupted());
  }

  @Test
  void drainingAfterTheAnswerRunsUnderTheWholeReadTimeoutAgain() {
    deadline.reading();
    assertTrue(deadline.serving());
    deadline.writing();
    deadline.reading();
    assertFalse(expiresAfter(HOUR / 2));
    assertTrue(expiresAfter(HOUR + 1));
    assertTrue(Thread.interrupted());
  }

  @Test
  void anIdleThreadIsNeverInterrupted() {
    deadline.reading();
    deadline.clear();
    assertFalse(expiresAfter(3 * HOUR));
    assertFalse(Thread.currentThread().isInterrupted());
  }
}
