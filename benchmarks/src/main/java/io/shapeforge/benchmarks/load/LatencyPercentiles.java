package io.shapeforge.benchmarks.load;

import java.util.Arrays;

/**
 * Percentiles of recorded latencies by the nearest-rank method: the p-th percentile is the smallest
 * recorded value that at least p% of all values are less than or equal to.
 */
public final class LatencyPercentiles {
  private final long[] sortedNanos;

  /** Copies and sorts {@code nanos}; at least one value. */
  public LatencyPercentiles(long[] nanos) {
    if (nanos.length == 0) {
      throw new IllegalArgumentException("no latencies recorded");
    }
    this.sortedNanos = nanos.clone();
    Arrays.sort(sortedNanos);
  }

  /** The {@code percent}-th percentile, in nanoseconds, for {@code 0 < percent <= 100}. */
  public long nanosAt(double percent) {
    if (!(percent > 0 && percent <= 100)) {
      throw new IllegalArgumentException("percent must be in (0, 100]: " + percent);
    }
    int rank = (int) Math.ceil(percent / 100.0 * sortedNanos.length);
    return sortedNanos[Math.max(rank, 1) - 1];
  }
}
