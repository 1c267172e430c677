package io.shapeforge.runtime.server;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The JDK server's executor, bounded in threads and in waiting exchanges.
 *
 * <p>The JDK server hands over each exchange before reading a byte of it, and closes the connection
 * without a word when the executor refuses one. So an exchange that finds every serving thread busy
 * and the queue full goes to a small <em>refusal lane</em> instead, whose threads read just the
 * request's head and answer 400 {@code ThrottlingException}, which the AWS SDKs retry. Only when
 * that lane is backed up as well is the connection closed unanswered, which the SDKs retry too (as
 * an I/O error). Every thread of both waits on its client only as long as the timeouts allow.
 */
final class ExchangeExecutor implements Executor {
  /**
   * Refusing reads only a head and writes a small answer; two threads ride out one stalled client.
   */
  static final int REFUSAL_THREADS = 2;

  /** Past this many refusals waiting, connections are closed unanswered. */
  static final int REFUSAL_QUEUE = 64;

  private final StallWatchdog watchdog;
  private final ExchangePool refusing;
  private final ExchangePool serving;

  ExchangeExecutor(String namePrefix, int threads, int maxQueued, ClientTimeouts timeouts) {
    this.watchdog = new StallWatchdog(namePrefix + "watchdog", timeouts);
    this.refusing =
        new ExchangePool(
            namePrefix + "refuse-",
            REFUSAL_THREADS,
            new ArrayBlockingQueue<>(REFUSAL_QUEUE),
            true,
            watchdog,
            timeouts,
            new ThreadPoolExecutor.AbortPolicy());
    this.serving =
        new ExchangePool(
            namePrefix,
            threads,
            queue(maxQueued),
            false,
            watchdog,
            timeouts,
            (exchange, pool) -> {
              if (pool.isShutdown()) {
                throw new RejectedExecutionException("server is closed");
              }
              refusing.execute(exchange);
            });
  }

  private static BlockingQueue<Runnable> queue(int maxQueued) {
    // An ArrayBlockingQueue needs room for one; with none, an exchange is taken only by an idle
    // thread.
    return maxQueued == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(maxQueued);
  }

  /**
   * Serves the exchange, queues it, or passes it to the refusal lane.
   *
   * @throws RejectedExecutionException when even the refusal lane is full, or after shutdown: the
   *     JDK server then closes the connection
   */
  @Override
  public void execute(Runnable exchange) {
    serving.execute(exchange);
  }

  /** Interrupts every thread, which closes the connections it is reading or writing. */
  void shutdownNow() {
    serving.shutdownNow();
    refusing.shutdownNow();
    watchdog.close();
  }

  boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
    long deadline = System.nanoTime() + unit.toNanos(timeout);
    boolean served = serving.awaitTermination(timeout, unit);
    return refusing.awaitTermination(
            Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)
        && served;
  }
}
