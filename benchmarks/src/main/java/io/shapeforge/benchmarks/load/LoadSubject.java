package io.shapeforge.benchmarks.load;

import java.util.List;

/**
 * What the load driver measured on one server: its start-up time and each concurrency level, or why
 * it was not measured.
 *
 * @param name the server, e.g. {@code moto_server 5.2.1}
 * @param operation the measured call, with its page or result size
 * @param note how it relates to the emulator's operation (e.g. "nearest equivalent")
 * @param startupMillis milliseconds from process start to the first 200 response, or {@code null}
 * @param levels one entry per concurrency level
 * @param notMeasured why nothing was measured, or {@code null}
 */
public record LoadSubject(
    String name,
    String operation,
    String note,
    Double startupMillis,
    List<LoadLevel> levels,
    String notMeasured) {
  /** A subject that could not be measured, and why. */
  public static LoadSubject notMeasured(String name, String operation, String reason) {
    return new LoadSubject(name, operation, "", null, List.of(), reason);
  }
}
