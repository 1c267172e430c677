package io.shapeforge.runtime.server;

/**
 * The time one server thread has left to wait on its client: to receive the request, from its first
 * byte to its last, and to take the answer. The {@link StallWatchdog} interrupts the thread once
 * that time has passed; the JDK server reads and writes a blocking {@code SocketChannel}, which an
 * interrupt closes, so the blocked call ends at once and the connection is closed. That is the only
 * way to end such a call: the channel ignores socket timeouts, and the server gives its handlers no
 * access to the channel.
 *
 * <p>Serving the request, between the two waits, never counts. Every change happens under this
 * object's lock, and the interrupt is sent under it too, so a thread that has moved on to serving,
 * or to its next exchange, can never be interrupted for a wait it has already finished.
 */
final class ClientDeadline {
  private enum State {
    /** Between exchanges: never interrupted. */
    IDLE,
    /** Waiting on the client: interrupted once the deadline passes. */
    WAITING,
    /** Serving: never interrupted. */
    SERVING,
    /** The deadline passed while waiting: the thread was interrupted. */
    PASSED
  }

  private final Thread thread;
  private final long readTimeoutNanos;
  private final long writeTimeoutNanos;
  private State state = State.IDLE;
  private long deadlineNanos;

  ClientDeadline(Thread thread, long readTimeoutNanos, long writeTimeoutNanos) {
    this.thread = thread;
    this.readTimeoutNanos = readTimeoutNanos;
    this.writeTimeoutNanos = writeTimeoutNanos;
  }

  /**
   * Starts the read clock: for a new exchange, or, after the answer, for the rest of a body that
   * was not read and is drained. Does nothing once a deadline has passed.
   */
  synchronized void reading() {
    waitFor(readTimeoutNanos);
  }

  /** Starts the write clock, for the answer. Does nothing once a deadline has passed. */
  synchronized void writing() {
    waitFor(writeTimeoutNanos);
  }

  private void waitFor(long timeoutNanos) {
    if (state != State.PASSED) {
      state = State.WAITING;
      deadlineNanos = System.nanoTime() + timeoutNanos;
    }
  }

  /**
   * Stops the clock while the thread works on its own: serving the request, building the answer.
   *
   * @return false when the deadline had passed first: the thread is interrupted and the exchange
   *     must be abandoned
   */
  synchronized boolean serving() {
    if (state == State.PASSED) {
      return false;
    }
    state = State.SERVING;
    return true;
  }

  /** Ends the exchange; the caller then clears any interrupt this deadline sent. */
  synchronized void clear() {
    state = State.IDLE;
  }

  /**
   * Interrupts the thread when it is waiting on its client past its deadline.
   *
   * @return whether it did
   */
  synchronized boolean expireIfPassed(long nowNanos) {
    if (state != State.WAITING || nowNanos - deadlineNanos < 0) {
      return false;
    }
    state = State.PASSED;
    thread.interrupt();
    return true;
  }
}
