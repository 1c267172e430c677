package io.shapeforge.runtime.server;

import io.shapeforge.runtime.protocol.ResponseBuffer;

/**
 * A thread of one of the server's pools: it carries the {@link ClientDeadline} the {@link
 * StallWatchdog} enforces on it, knows whether it serves requests or only refuses them, and owns
 * the {@link ResponseBuffer} every answer it serves is encoded into.
 */
final class ExchangeThread extends Thread {
  private final ClientDeadline clientDeadline;
  private final boolean refuses;
  private final StallWatchdog watchdog;
  private final ResponseBuffer responseBuffer = new ResponseBuffer();

  ExchangeThread(
      Runnable worker,
      String name,
      boolean refuses,
      StallWatchdog watchdog,
      ClientTimeouts timeouts) {
    super(worker, name);
    this.clientDeadline = new ClientDeadline(this, timeouts.readNanos(), timeouts.writeNanos());
    this.refuses = refuses;
    this.watchdog = watchdog;
    // An embedded server must never keep its host's JVM alive.
    setDaemon(true);
    watchdog.watch(clientDeadline);
  }

  @Override
  public void run() {
    try {
      super.run();
    } finally {
      watchdog.forget(clientDeadline);
    }
  }

  ClientDeadline clientDeadline() {
    return clientDeadline;
  }

  /**
   * The current thread's reusable buffer for the answer it is serving, or a new one on a thread
   * that is not one of the server's (an exchange is always served on one; this is for safety).
   */
  static ResponseBuffer responseBufferOnCurrent() {
    return Thread.currentThread() instanceof ExchangeThread thread
        ? thread.responseBuffer
        : new ResponseBuffer();
  }

  /**
   * Whether the exchange on the current thread is to be refused as overload: it runs on the refusal
   * lane because every serving thread was busy and the wait queue full.
   */
  static boolean refusesCurrent() {
    return Thread.currentThread() instanceof ExchangeThread thread && thread.refuses;
  }

  /**
   * Stops the current thread's clock: the request has arrived, or as much of it as is read before
   * the answer, and serving it never counts.
   *
   * @return false when a timeout had already passed: the exchange must be abandoned
   */
  static boolean servingOnCurrent() {
    return !(Thread.currentThread() instanceof ExchangeThread thread)
        || thread.clientDeadline.serving();
  }

  /** Starts the current thread's write clock, for the answer. */
  static void writingOnCurrent() {
    if (Thread.currentThread() instanceof ExchangeThread thread) {
      thread.clientDeadline.writing();
    }
  }

  /**
   * Starts the current thread's read clock again, for the rest of a body drained after the answer.
   */
  static void readingOnCurrent() {
    if (Thread.currentThread() instanceof ExchangeThread thread) {
      thread.clientDeadline.reading();
    }
  }
}
