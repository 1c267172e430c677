package io.shapeforge.benchmarks.start;

import java.util.List;
import java.util.Optional;

/**
 * Everything one {@link StartComparison} run measured, as written to and read from {@code
 * start.json}.
 *
 * @param launches how many times each subject was launched (in rounds, one launch of each subject
 *     per round, so that a busy moment of the machine falls on all of them alike)
 * @param subjects the launched servers
 */
public record StartReport(int launches, List<StartSubject> subjects) {
  /** The bare JDK {@code HttpServer}. */
  public static final String FLOOR = "floor";

  /** {@code java -jar ssm-emulator.jar}, nothing loaded. */
  public static final String EMULATOR_EMPTY = "emulator";

  /** {@code java -jar ssm-emulator.jar --demo}. */
  public static final String EMULATOR_DEMO = "emulator-demo";

  /** {@code target/ssm-emulator --demo}: the demo with the build's class-data-sharing archive. */
  public static final String EMULATOR_DEMO_ARCHIVE = "emulator-demo-archive";

  /** The subject with {@code key}, if it was measured. */
  public Optional<StartSubject> measured(String key) {
    return subjects.stream()
        .filter(s -> s.key().equals(key) && s.notMeasured() == null && !s.millis().isEmpty())
        .findFirst();
  }
}
