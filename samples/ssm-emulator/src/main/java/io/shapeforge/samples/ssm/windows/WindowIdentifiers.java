package io.shapeforge.samples.ssm.windows;

import io.shapeforge.runtime.resource.IdentifierMinter;
import java.util.Objects;

/**
 * How new window, target and task ids are minted. AWS's are random, and so are these by default
 * ({@link #random()}); an emulator whose output must be the same on every run (a demo, a golden
 * test) passes minters that draw from a seeded generator instead.
 *
 * @param windows {@code WindowId}s: {@code mw-} and 17 lower-case hex digits
 * @param targets {@code WindowTargetId}s: UUIDs
 * @param tasks {@code WindowTaskId}s: UUIDs
 */
public record WindowIdentifiers(
    IdentifierMinter windows, IdentifierMinter targets, IdentifierMinter tasks) {

  public WindowIdentifiers {
    Objects.requireNonNull(windows, "windows");
    Objects.requireNonNull(targets, "targets");
    Objects.requireNonNull(tasks, "tasks");
  }

  /** Random ids, as AWS mints them: {@code mw-} and 17 hex digits, and UUIDs. */
  public static WindowIdentifiers random() {
    return new WindowIdentifiers(
        IdentifierMinter.hex("mw-", 17), IdentifierMinter.uuid(), IdentifierMinter.uuid());
  }
}
