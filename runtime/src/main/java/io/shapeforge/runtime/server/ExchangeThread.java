package io.shapeforge.runtime.server;

/**
 * A thread of one of the server's pools: it carries the {@link ReadDeadline} the {@link
 * StallWatchdog} enforces on it, and knows whether it serves requests or only refuses them.
 */
final class ExchangeThread extends Thread {
  private final ReadDeadline readDeadline;
  private final boolean refuses;
  private final StallWatchdog watchdog;

  ExchangeThread(Runnable worker, String name, boolean refuses, StallWatchdog watchdog, long readTimeoutNanos) {
    super(worker, name);
    this.readDeadline = new ReadDeadline(this, readTimeoutNanos);
    this.refuses = refuses;
    this.watchdog = watchdog;
    // An embedded server must never keep its host's JVM alive.
    setDaemon(true);
    watchdog.watch(readDeadline);
  }

  @Override
  public void run() {
    try {
      super.run();
    } finally {
      watchdog.forget(readDeadline);
    }
  }

  ReadDeadline readDeadline() {
    return readDeadline;
  }

  /**
   * Whether the exchange on the current thread is to be refused as overload: it runs on the
   * refusal lane because every serving thread was busy and the wait queue full.
   */
  static boolean refusesCurrent() {
    return Thread.currentThread() instanceof ExchangeThread thread && thread.refuses;
  }

  /**
   * Marks the current thread's request as received, or as much of it as is read before the answer,
   * so that serving and answering are never cut short.
   *
   * @return false when the read timeout had already passed: the exchange must be abandoned
   */
  static boolean finishReadingOnCurrent() {
    return !(Thread.currentThread() instanceof ExchangeThread thread) || thread.readDeadline.finish();
  }

  /** Starts the clock again on the current thread, for the rest of a body drained after the answer. */
  static void resumeReadingOnCurrent() {
    if (Thread.currentThread() instanceof ExchangeThread thread) {
      thread.readDeadline.resume();
    }
  }
}
