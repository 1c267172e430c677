package io.shapeforge.benchmarks.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.shapeforge.benchmarks.load.LoadReport;
import io.shapeforge.benchmarks.memory.MemoryResult;
import io.shapeforge.benchmarks.processing.ProcessorCostResult;
import io.shapeforge.benchmarks.start.StartReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The raw results of one run, read from its directory: {@code jmh.json} and {@code
 * jmh-settled.json}, {@code load.json}, {@code memory.json}, {@code processor.json} and {@code
 * start.json}. A missing file means that part was not run.
 *
 * @param jmh the JMH scores
 * @param load the load comparison, or {@code null}
 * @param memory the memory footprints (empty if not run)
 * @param processor the processor cost, or {@code null}
 * @param start the start-up times, or {@code null}
 * @param jmhSettings how JMH was run, for the report
 * @param finishedAt when the run finished, for the report
 */
public record RunResults(
    JmhResults jmh,
    LoadReport load,
    List<MemoryResult> memory,
    ProcessorCostResult processor,
    StartReport start,
    String jmhSettings,
    String finishedAt) {

  /** Reads the results in {@code directory}. */
  public static RunResults read(Path directory, String jmhSettings, String finishedAt)
      throws IOException {
    ObjectMapper json = new ObjectMapper();
    Path load = directory.resolve("load.json");
    Path memory = directory.resolve("memory.json");
    Path processor = directory.resolve("processor.json");
    Path start = directory.resolve("start.json");
    return new RunResults(
        JmhResults.read(directory.resolve("jmh.json"), directory.resolve("jmh-settled.json")),
        Files.isRegularFile(load) ? json.readValue(load.toFile(), LoadReport.class) : null,
        Files.isRegularFile(memory)
            ? Arrays.asList(json.readValue(memory.toFile(), MemoryResult[].class))
            : List.of(),
        Files.isRegularFile(processor)
            ? json.readValue(processor.toFile(), ProcessorCostResult.class)
            : null,
        Files.isRegularFile(start) ? json.readValue(start.toFile(), StartReport.class) : null,
        jmhSettings,
        finishedAt);
  }
}
