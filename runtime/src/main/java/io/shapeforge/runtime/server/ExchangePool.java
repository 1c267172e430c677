package io.shapeforge.runtime.server;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed pool of {@link ExchangeThread}s whose every task, one JDK exchange from its first byte,
 * starts under the read timeout. The exchange moves its own clock on ({@link
 * ExchangeThread#servingOnCurrent()} and the like); what is left is cleared here when the task
 * ends.
 */
final class ExchangePool extends ThreadPoolExecutor {
  ExchangePool(
      String namePrefix,
      int threads,
      BlockingQueue<Runnable> queue,
      boolean refuses,
      StallWatchdog watchdog,
      ClientTimeouts timeouts,
      RejectedExecutionHandler whenFull) {
    super(
        threads,
        threads,
        0,
        TimeUnit.MILLISECONDS,
        queue,
        newThreadFactory(namePrefix, refuses, watchdog, timeouts),
        whenFull);
  }

  private static ThreadFactory newThreadFactory(
      String namePrefix, boolean refuses, StallWatchdog watchdog, ClientTimeouts timeouts) {
    AtomicInteger number = new AtomicInteger();
    return worker ->
        new ExchangeThread(
            worker, namePrefix + number.incrementAndGet(), refuses, watchdog, timeouts);
  }

  @Override
  protected void beforeExecute(Thread thread, Runnable exchange) {
    ((ExchangeThread) thread).clientDeadline().reading();
  }

  @Override
  protected void afterExecute(Runnable exchange, Throwable failure) {
    ((ExchangeThread) Thread.currentThread()).clientDeadline().clear();
    // Drops an interrupt the watchdog sent for this exchange, so that it cannot hit the next one.
    Thread.interrupted();
  }
}
