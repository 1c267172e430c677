package io.shapeforge.runtime.server;

/**
 * How long a server thread may wait on its client: to receive one request, and to have it take one
 * answer. Serving in between never counts.
 */
record ClientTimeouts(long readNanos, long writeNanos) {
  /** The shorter of the two, which sets the {@link StallWatchdog}'s tick. */
  long shortestNanos() {
    return Math.min(readNanos, writeNanos);
  }
}
