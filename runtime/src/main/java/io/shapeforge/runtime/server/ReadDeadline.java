package io.shapeforge.runtime.server;

/**
 * The time one server thread has left to receive the request it is reading, from its first byte to
 * its last. The {@link StallWatchdog} interrupts the thread once that time has passed; the JDK
 * server reads from a blocking {@code SocketChannel}, which an interrupt closes, so the read stops at
 * once and the connection is closed. That is the only way to stop such a read: the channel ignores
 * socket timeouts, and the server gives its handlers no access to the channel.
 *
 * <p>Every change happens under this object's lock, and the interrupt is sent under it too. A
 * thread that {@link #finish()}es or {@link #clear()}s its deadline can therefore never be
 * interrupted afterwards for a request it has already moved past.
 */
final class ReadDeadline {
  private enum State {
    /** Between exchanges: never interrupted. */
    IDLE,
    /** Receiving a request: interrupted once the deadline passes. */
    READING,
    /** The request arrived in time; the thread is now answering it. */
    READ,
    /** The deadline passed while reading: the thread was interrupted. */
    PASSED
  }

  private final Thread reader;
  private final long timeoutNanos;
  private State state = State.IDLE;
  private long deadlineNanos;

  ReadDeadline(Thread reader, long timeoutNanos) {
    this.reader = reader;
    this.timeoutNanos = timeoutNanos;
  }

  /** Starts the clock for a new exchange. */
  synchronized void start() {
    state = State.READING;
    deadlineNanos = System.nanoTime() + timeoutNanos;
  }

  /**
   * Starts the clock again, with the whole timeout, once the answer is written: ending the exchange
   * drains whatever the client still sends of a body that was not read. Does nothing once the
   * deadline has passed.
   */
  synchronized void resume() {
    if (state == State.READ) {
      state = State.READING;
      deadlineNanos = System.nanoTime() + timeoutNanos;
    }
  }

  /**
   * Stops the clock because the request has arrived, or as much of it as will be read before the
   * answer, so that serving and answering are never cut short.
   *
   * @return false when the deadline had passed first: the thread is interrupted and the exchange
   *     must be abandoned
   */
  synchronized boolean finish() {
    if (state == State.PASSED) {
      return false;
    }
    state = State.READ;
    return true;
  }

  /** Ends the exchange; the caller then clears any interrupt this deadline sent. */
  synchronized void clear() {
    state = State.IDLE;
  }

  /**
   * Interrupts the reading thread when its deadline has passed.
   *
   * @return whether it did
   */
  synchronized boolean expireIfPassed(long nowNanos) {
    if (state != State.READING || nowNanos - deadlineNanos < 0) {
      return false;
    }
    state = State.PASSED;
    reader.interrupt();
    return true;
  }
}
