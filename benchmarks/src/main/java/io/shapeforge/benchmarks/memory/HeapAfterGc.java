package io.shapeforge.benchmarks.memory;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Used heap once repeated full collections stop freeing anything, so garbage does not count. */
final class HeapAfterGc {
  private static final int MAX_ROUNDS = 20;
  private static final long SETTLED_BYTES = 64 * 1024;

  private HeapAfterGc() {}

  /** Collects until used heap changes by less than 64 KiB between two rounds, then returns it. */
  static long usedBytes() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long previous = Long.MAX_VALUE;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      System.gc();
      Thread.sleep(50);
      long used = memory.getHeapMemoryUsage().getUsed();
      if (Math.abs(previous - used) < SETTLED_BYTES) {
        return used;
      }
      previous = used;
    }
    return previous;
  }
}
