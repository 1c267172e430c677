package io.shapeforge.benchmarks.alternatives;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * A position in the order of {@code DescribeMaintenanceWindowExecutionTasks}: start time, then task
 * execution id. A keyset page returns the tasks strictly after a key; {@link #BEFORE_ALL} starts at
 * the first page.
 *
 * @param startTime the start time of the last task returned
 * @param taskExecutionId its task execution id, which breaks ties between equal start times
 */
public record PageKey(Instant startTime, String taskExecutionId) implements Comparable<PageKey> {
  /** Sorts before every task of the data set (whose start times are all after the epoch). */
  public static final PageKey BEFORE_ALL = new PageKey(Instant.EPOCH, "");

  private static final Comparator<PageKey> ORDER =
      Comparator.comparing(PageKey::startTime).thenComparing(PageKey::taskExecutionId);

  /** Checks both members are present. */
  public PageKey {
    Objects.requireNonNull(startTime, "startTime");
    Objects.requireNonNull(taskExecutionId, "taskExecutionId");
  }

  @Override
  public int compareTo(PageKey other) {
    return ORDER.compare(this, other);
  }
}
