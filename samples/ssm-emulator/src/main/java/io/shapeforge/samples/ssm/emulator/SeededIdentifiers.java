package io.shapeforge.samples.ssm.emulator;

import io.shapeforge.runtime.resource.IdentifierMinter;
import io.shapeforge.samples.ssm.windows.WindowIdentifiers;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Ids drawn from generators seeded with one number, so that the same calls on the same clock mint
 * the same ids on every run: what a demo whose README shows its ids, or a golden test, needs. They
 * have the shapes AWS's have (a window id is {@code mw-} and 17 hex digits, every other id a
 * version 4 UUID), but they are predictable, so they are for one emulator, never for nodes that
 * share a store.
 *
 * <p>Each kind of id has its own generator: creating one more window does not change the ids of the
 * executions that follow.
 */
final class SeededIdentifiers {
  private SeededIdentifiers() {}

  /** Window, target and task ids. */
  static WindowIdentifiers windows(long seed) {
    return new WindowIdentifiers(
        windowIds(new Random(seed)),
        uuids(new Random(seed + 1))::get,
        uuids(new Random(seed + 2))::get);
  }

  /** Execution, task execution and invocation ids, one sequence for the scheduler. */
  static Supplier<String> executions(long seed) {
    return uuids(new Random(seed + 3));
  }

  private static IdentifierMinter windowIds(Random random) {
    return () -> {
      StringBuilder id = new StringBuilder("mw-");
      for (int i = 0; i < 17; i++) {
        id.append(Character.forDigit(random.nextInt(16), 16));
      }
      return id.toString();
    };
  }

  /** Version 4 UUIDs (the version and variant bits set as a random UUID has them). */
  private static Supplier<String> uuids(Random random) {
    return () -> {
      long high = (random.nextLong() & ~0xF000L) | 0x4000L;
      long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
      return new UUID(high, low).toString();
    };
  }
}
