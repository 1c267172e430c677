package io.shapeforge.samples.ssm.execution;

/**
 * Reads a task's {@code MaxConcurrency} and {@code MaxErrors}: a count, or a percentage of the
 * task's targets ({@code ^([1-9][0-9]*|[1-9][0-9]%|[1-9]%|100%)$} and {@code
 * ^([1-9][0-9]*|[0]|[1-9][0-9]%|[0-9]%|100%)$} in AWS's model).
 */
final class TaskLimits {
  private TaskLimits() {}

  /**
   * How many invocations may run at once: the count, or the percentage of {@code targets} rounded
   * up, and at least 1, so that a task with targets always makes progress; no value means no limit.
   */
  static long concurrency(String maxConcurrency, int targets) {
    if (maxConcurrency == null || maxConcurrency.isEmpty()) {
      return Long.MAX_VALUE;
    }
    return Math.max(1, count(maxConcurrency, targets, true));
  }

  /**
   * How many errors are allowed before no new invocation starts: the task stops after error number
   * {@code allowed + 1}. No value means no limit.
   */
  static long allowedErrors(String maxErrors, int targets) {
    if (maxErrors == null || maxErrors.isEmpty()) {
      return Long.MAX_VALUE;
    }
    return count(maxErrors, targets, false);
  }

  private static long count(String value, int targets, boolean roundUp) {
    if (value.endsWith("%")) {
      long percent = Long.parseLong(value.substring(0, value.length() - 1));
      long scaled = percent * targets;
      return roundUp ? (scaled + 99) / 100 : scaled / 100;
    }
    return Long.parseLong(value);
  }
}
