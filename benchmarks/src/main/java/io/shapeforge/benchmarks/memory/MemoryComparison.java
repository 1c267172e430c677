package io.shapeforge.benchmarks.memory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.shapeforge.benchmarks.cli.Flags;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Measures every engine of {@link StoreLoaders} (or those of {@code --engines}), each in a fresh
 * JVM running {@link MemoryFootprint} with the same heap settings, and writes the list as JSON.
 *
 * <pre>
 * java -cp benchmarks.jar io.shapeforge.benchmarks.memory.MemoryComparison --records 1000000 --out results/raw/memory.json
 * </pre>
 */
public final class MemoryComparison {
  private static final String HEAP = "-Xmx4g";

  private MemoryComparison() {}

  /**
   * Runs the comparison; flags {@code --records}, {@code --engines} (comma-separated keys), {@code
   * --out}.
   */
  public static void main(String[] args) throws Exception {
    Flags flags = Flags.parse(args, Set.of("records", "engines", "out"));
    Path out = Path.of(flags.value("out", "benchmarks/results/raw/memory.json")).toAbsolutePath();
    Files.createDirectories(out.getParent());
    int records = flags.intValue("records", 1_000_000);
    List<String> engines =
        Arrays.asList(flags.value("engines", String.join(",", StoreLoaders.keys())).split(","));
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    List<MemoryResult> results = new ArrayList<>();
    for (String engine : engines) {
      results.add(measureInFreshJvm(json, engine, records, out.getParent()));
    }
    json.writeValue(out.toFile(), results);
  }

  /** Runs {@link MemoryFootprint} for {@code engine} in a new JVM on this JVM's class path. */
  static MemoryResult measureInFreshJvm(ObjectMapper json, String engine, int records, Path workDir)
      throws IOException, InterruptedException {
    Path result = workDir.resolve("memory-" + engine + ".json");
    Files.deleteIfExists(result);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                java,
                HEAP,
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                MemoryFootprint.class.getName(),
                "--engine",
                engine,
                "--records",
                Integer.toString(records),
                "--out",
                result.toString())
            .inheritIO()
            .start();
    int exit = process.waitFor();
    if (exit != 0 || !Files.isRegularFile(result)) {
      throw new IOException("memory measurement of " + engine + " failed with exit code " + exit);
    }
    return json.readValue(result.toFile(), MemoryResult.class);
  }
}
