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
 * raw results in {@code --results}, with the hand-written notes of {@code --notes} (default {@code
 * benchmarks/notes.md}) before the machine's description: the profiles that explain the targets not
 * met, and the runs {@code run.sh} leaves out, each dated in that file. {@code benchmarks/run.sh}
 * calls it last.
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
   * --notes}.
   */
  public static void main(String[] args) throws Exception {
    System.setProperty("java.awt.headless", "true");
    Flags flags = Flags.parse(args, Set.of("results", "docs", "jmh-settings", "notes"));
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
    Path notes = Path.of(flags.value("notes", "benchmarks/notes.md"));
    String markdown =
        MarkdownReport.render(
            run,
            MachineDescription.describe(),
            Files.isRegularFile(notes) ? Files.readString(notes, StandardCharsets.UTF_8) : "",
            CHART,
            lines);
    Files.writeString(docs.resolve("benchmarks.md"), markdown, StandardCharsets.UTF_8);
    System.out.println(
        "wrote " + docs.resolve("benchmarks.md") + (lines > 0 ? " and " + chart : ""));
  }
}
