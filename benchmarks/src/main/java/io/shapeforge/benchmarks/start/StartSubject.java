package io.shapeforge.benchmarks.start;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The start-up times of one server: milliseconds from just before its process was spawned to the
 * first 200 response, one per launch, or why it was not measured.
 *
 * @param key what {@link StartReport} names it by, e.g. {@link StartReport#FLOOR}
 * @param name what the report calls it
 * @param command how it was launched, with {@code {port}} for the port
 * @param millis one time per launch, in launch order
 * @param notMeasured why it was not measured, or {@code null}
 */
public record StartSubject(
    String key, String name, String command, List<Double> millis, String notMeasured) {

  /** The median of {@link #millis}; the mean of the middle two for an even count. */
  public double medianMillis() {
    if (millis.isEmpty()) {
      throw new IllegalStateException(key + " has no measurement");
    }
    List<Double> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  /** The fastest launch. */
  public double minMillis() {
    return Collections.min(millis);
  }

  /** The slowest launch. */
  public double maxMillis() {
    return Collections.max(millis);
  }
}
