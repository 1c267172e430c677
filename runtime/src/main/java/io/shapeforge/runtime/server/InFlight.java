package io.shapeforge.runtime.server;

import java.util.concurrent.TimeUnit;

/**
 * Counts exchanges being served, so that {@code close()} can let them finish before it stops, and
 * turns new ones away once shutdown has begun.
 */
final class InFlight {
  private int count;
  private boolean shuttingDown;

  /** Admits an exchange; false once shutdown has begun. */
  synchronized boolean tryEnter() {
    if (shuttingDown) {
      return false;
    }
    count++;
    return true;
  }

  synchronized void exit() {
    count--;
    if (count == 0) {
      notifyAll();
    }
  }

  /**
   * Refuses new exchanges from now on and waits until none is in flight or the timeout passes.
   *
   * @return whether every exchange finished in time
   */
  synchronized boolean shutDownAndAwaitIdle(long timeout, TimeUnit unit)
      throws InterruptedException {
    shuttingDown = true;
    long deadline = System.nanoTime() + unit.toNanos(timeout);
    while (count > 0) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return true;
  }
}
