package io.shapeforge.samples.ssm.windows;

import io.shapeforge.runtime.validation.ValidationException;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowResult;
import java.util.Optional;

/**
 * Checks on window records that come from outside the API, such as a seed file, beyond what the
 * generated validators check: the schedule settings CreateMaintenanceWindow would accept.
 */
public final class WindowRecords {
  private WindowRecords() {}

  /**
   * What is wrong with the window's schedule settings (expression, zone, offset, dates, cutoff
   * below duration), as CreateMaintenanceWindow would answer; empty when they are usable. Members a
   * schedule needs ({@code Schedule}, {@code Duration}, {@code Cutoff}) must be present.
   */
  public static Optional<String> scheduleProblem(GetMaintenanceWindowResult window) {
    try {
      WindowSchedules.check(window);
      return Optional.empty();
    } catch (ValidationException e) {
      return Optional.of(e.getMessage());
    }
  }
}
