package io.shapeforge.benchmarks.memory;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.shapeforge.benchmarks.cli.Flags;
import io.shapeforge.benchmarks.dataset.TaskDataset;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.Set;

/**
 * Measures one engine in this JVM, which should be fresh: loads a small warm-up set first and drops
 * it (so class initialisation and static caches fall into the baseline), takes the baseline, loads
 * {@code --records} tasks, and writes a {@link MemoryResult} as JSON. {@link MemoryComparison}
 * starts one such JVM per engine.
 *
 * <pre>
 * java -Xmx3g -cp benchmarks.jar io.shapeforge.benchmarks.memory.MemoryFootprint --engine h2 --records 1000000 --out h2.json
 * </pre>
 */
public final class MemoryFootprint {
  private static final int WARM_UP_RECORDS = 2_000;

  private MemoryFootprint() {}

  /** Runs the measurement; flags {@code --engine}, {@code --records}, {@code --out}. */
  public static void main(String[] args) throws Exception {
    Flags flags = Flags.parse(args, Set.of("engine", "records", "out"));
    String key = flags.value("engine", "h2");
    StoreLoader loader = StoreLoaders.forKey(key);
    TaskDataset data = TaskDataset.of(flags.intValue("records", 1_000_000));

    try (AutoCloseable warmUp = loader.load(TaskDataset.of(WARM_UP_RECORDS))) {
      Reference.reachabilityFence(warmUp);
    }
    long baseline = HeapAfterGc.usedBytes();
    AutoCloseable loaded = loader.load(data);
    long after;
    try {
      after = HeapAfterGc.usedBytes();
      Reference.reachabilityFence(loaded);
    } finally {
      loaded.close();
    }
    MemoryResult result =
        new MemoryResult(
            key,
            loader.engine(),
            data.records(),
            baseline,
            after,
            (after - baseline) / (double) data.records(),
            jvm());
    new ObjectMapper()
        .writeValue(Path.of(flags.value("out", key + "-memory.json")).toFile(), result);
    System.out.printf(
        "%s: %.1f bytes per task at %,d tasks%n",
        result.engine(), result.bytesPerRecord(), result.records());
  }

  private static String jvm() {
    return System.getProperty("java.vm.name")
        + " "
        + System.getProperty("java.version")
        + ", "
        + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments());
  }
}
