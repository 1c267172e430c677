package io.shapeforge.runtime.server;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Enforces every server thread's {@link ClientDeadline} from one daemon thread that looks at all of
 * them at a fixed tick: a tenth of the shorter timeout, between 10 ms and 1 s. A stalled client is
 * therefore cut off at most one tick after its timeout, and a request costs no timer of its own.
 */
final class StallWatchdog implements AutoCloseable {
  private static final Logger LOG = System.getLogger(StallWatchdog.class.getName());
  private static final long MIN_TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
  private static final long MAX_TICK_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final List<ClientDeadline> deadlines = new CopyOnWriteArrayList<>();
  private final ScheduledExecutorService ticker;

  StallWatchdog(String threadName, ClientTimeouts timeouts) {
    this.ticker =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, threadName);
              thread.setDaemon(true);
              return thread;
            });
    long tick = Math.min(MAX_TICK_NANOS, Math.max(MIN_TICK_NANOS, timeouts.shortestNanos() / 10));
    ticker.scheduleAtFixedRate(this::sweep, tick, tick, TimeUnit.NANOSECONDS);
  }

  void watch(ClientDeadline deadline) {
    deadlines.add(deadline);
  }

  void forget(ClientDeadline deadline) {
    deadlines.remove(deadline);
  }

  private void sweep() {
    long now = System.nanoTime();
    for (ClientDeadline deadline : deadlines) {
      if (deadline.expireIfPassed(now)) {
        LOG.log(Level.DEBUG, "Closed a connection whose client stalled past its timeout");
      }
    }
  }

  @Override
  public void close() {
    ticker.shutdownNow();
  }
}
