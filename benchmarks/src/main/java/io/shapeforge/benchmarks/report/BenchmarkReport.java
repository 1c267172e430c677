package io.shapeforge.benchmarks.report;

import io.shapeforge.benchmarks.cli.Flags;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * Writes {@code benchmarks.md} and {@code benchmarks-page-latency.png} into {@code --docs} from the
 * raw results in {@code --results}, with the hand-written profiles of {@code --profiles} (default
 * {@code benchmarks/profiles.md}) before the machine's description: a target that is not met is
 * explained by a profile, and a profile read on another day than the run is marked so in that file.
 * {@code benchmarks/run.sh} calls it last.
 *
 * <pre>
 * java -Djava.awt.headless=true -cp benchmarks.jar io.shapeforge.benchmarks.report.BenchmarkReport \
 *     --results benchmarks/results/raw --docs docs --jmh-settings "forks 1, ..."
 * </pre>
 */
public final class BenchmarkReport {
  static final String CHART = "benchmarks-page-latency.png";

  private BenchmarkReport() {}

  /**
   * Writes the report; flags {@code --results}, {@code --docs}, {@code --jmh-settings}, {@code
   * --profiles}.
   */
  public static void main(String[] args) throws Exception {
    System.setProperty("java.awt.headless", "true");
    Flags flags = Flags.parse(args, Set.of("results", "docs", "jmh-settings", "profiles"));
    Path results = Path.of(flags.value("results", "benchmarks/results/raw"));
    Path docs = Files.createDirectories(Path.of(flags.value("docs", "docs")));
    RunResults run =
        RunResults.read(
            results,
            flags.value("jmh-settings", "not recorded"),
            Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    Path chart = docs.resolve(CHART);
    int lines = PageLatencyChart.write(run.jmh().of(QueryEngines.BENCHMARK), chart);
    if (lines == 0) {
      Files.deleteIfExists(chart);
    }
    Path profiles = Path.of(flags.value("profiles", "benchmarks/profiles.md"));
    String markdown =
        MarkdownReport.render(
            run,
            MachineDescription.describe(),
            Files.isRegularFile(profiles) ? Files.readString(profiles, StandardCharsets.UTF_8) : "",
            CHART,
            lines);
    Files.writeString(docs.resolve("benchmarks.md"), markdown, StandardCharsets.UTF_8);
    System.out.println(
        "wrote " + docs.resolve("benchmarks.md") + (lines > 0 ? " and " + chart : ""));
  }
}
