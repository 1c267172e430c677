package io.shapeforge.samples.ssm.schedule;

import java.time.Instant;
import java.util.List;

/** Short ways for the tests to list runs as AWS renders their execution times. */
final class Runs {
  /** Long before every {@code from} the tests use, so that creation filters nothing by default. */
  static final Instant CREATED = Instant.parse("2020-01-01T00:00:00Z");

  private Runs() {}

  static ScheduleContext.Builder context() {
    return ScheduleContext.builder(CREATED, 1, 0);
  }

  static List<String> after(String expression, String from, int count) {
    return after(expression, from, context().build(), count);
  }

  static List<String> after(String expression, String from, ScheduleContext context, int count) {
    return Schedule.parse(expression)
        .runsAfter(Instant.parse(from), context)
        .limit(count)
        .map(ScheduledRun::executionTime)
        .toList();
  }
}
