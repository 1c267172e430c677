package io.shapeforge.samples.ssm.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The clock of the emulator that {@link SsmEmulatorExtension} starts for the annotated class, as
 * {@code --clock} takes it. With a manual clock nothing runs until the test moves it through the
 * injected {@link io.shapeforge.samples.ssm.emulator.SsmEmulator} ({@code advanceClock}, {@code
 * setClock}, {@code setOutcomes}) or the control plane, which returns once every window due up to
 * the new time has been processed.
 *
 * <pre>{@code
 * @ExtendWith(SsmEmulatorExtension.class)
 * @EmulatorClock("manual@2027-01-04T00:00:00Z")
 * class PatchingScheduleTest {
 *   @Test
 *   void mondayPatchingRuns(SsmEmulator emulator, SsmClient ssm) {
 *     ... create a window with cron(0 2 ? * MON *) ...
 *     emulator.advanceClock(Duration.ofHours(3));
 *     ... ssm.describeMaintenanceWindowExecutions(...) ...
 *   }
 * }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EmulatorClock {
  /**
   * {@code real} or {@code manual@<ISO-8601 instant>}, such as {@code manual@2027-01-04T00:00:00Z}.
   */
  String value();
}
