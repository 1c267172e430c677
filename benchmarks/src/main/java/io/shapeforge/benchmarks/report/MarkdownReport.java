package io.shapeforge.benchmarks.report;

import static io.shapeforge.benchmarks.report.Targets.format;

import io.shapeforge.benchmarks.load.LoadLevel;
import io.shapeforge.benchmarks.load.LoadReport;
import io.shapeforge.benchmarks.load.LoadSubject;
import io.shapeforge.benchmarks.memory.MemoryResult;
import io.shapeforge.benchmarks.processing.ProcessorCostResult;
import io.shapeforge.benchmarks.start.StartReport;
import io.shapeforge.benchmarks.start.StartSubject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Writes {@code docs/benchmarks.md} from one run's results; every section says when it has no data.
 */
final class MarkdownReport {
  private final StringBuilder out = new StringBuilder();

  private MarkdownReport() {}

  /**
   * The whole document. {@code notes} is hand-written Markdown (the profiles that explain the
   * targets not met, runs that {@code run.sh} leaves out), placed before the machine's description;
   * empty for none.
   */
  static String render(
      RunResults run, String machine, String notes, String chartFileName, int chartLines) {
    return new MarkdownReport().document(run, machine, notes, chartFileName, chartLines);
  }

  private String document(
      RunResults run, String machine, String notes, String chartFileName, int chartLines) {
    line("# Shapeforge benchmarks");
    line("");
    line(
        "Written by `benchmarks/run.sh` from one run on "
            + run.finishedAt()
            + "; do not edit by hand.");
    line(
        "These machines are noisy and shared, so compare the **ratios** measured side by side in this run;");
    line("a lone absolute time says little. JMH settings: " + run.jmhSettings() + ".");
    line("");
    line("## Targets");
    line("");
    line("| target | measured | verdict |");
    line("|---|---|---|");
    for (TargetCheck check :
        Targets.evaluate(run.jmh(), run.load(), run.memory(), run.processor(), run.start())) {
      line("| " + check.target() + " | " + check.measured() + " | " + check.verdict() + " |");
    }
    line("");
    query(run.jmh(), chartFileName, chartLines);
    validation(run.jmh());
    handler(run.jmh());
    load(run.load());
    start(run.start());
    memory(run.memory());
    processor(run.processor());
    if (!notes.isBlank()) {
      out.append(notes.strip()).append("\n\n");
    }
    line("## Machine");
    line("");
    line("```");
    line(machine);
    line("```");
    return out.toString();
  }

  private void query(JmhResults jmh, String chartFileName, int chartLines) {
    line("## Query: one page of 100 tasks (`QueryBenchmark`)");
    line("");
    line(
        "Tasks spread 1,000 per window execution with seeded random statuses; each operation is the first page of");
    line(
        "100 items of the mid-table execution with `STATUS in (SUCCESS, FAILED)`, materialised as generated");
    line(
        "`MaintenanceWindowExecutionTaskIdentity` objects. Average time per page, µs (± 99.9% half-width).");
    line("");
    List<JmhScore> scores = jmh.of(QueryEngines.BENCHMARK);
    if (scores.isEmpty()) {
      line("_Not measured in this run._");
      line("");
      return;
    }
    TreeSet<Long> records = new TreeSet<>();
    scores.forEach(s -> records.add(s.longParam("records")));
    StringBuilder header = new StringBuilder("| engine |");
    StringBuilder rule = new StringBuilder("|---|");
    for (long count : records) {
      header.append(format(" %,d records |", count));
      rule.append("---|");
    }
    line(header.toString());
    line(rule.toString());
    for (Map.Entry<String, String> engine : QueryEngines.NAMES.entrySet()) {
      StringBuilder row =
          new StringBuilder("| `" + engine.getKey() + "` " + engine.getValue() + " |");
      for (long count : records) {
        row.append(' ')
            .append(
                jmh.find(QueryEngines.BENCHMARK, engine.getKey(), count)
                    .map(MarkdownReport::micros)
                    .orElse("—"))
            .append(" |");
      }
      line(row.toString());
    }
    line("");
    line("Ratio of each alternative's time to `shapeforgePage` (above 1: Shapeforge is faster):");
    line("");
    line(header.toString());
    line(rule.toString());
    for (String alternative : QueryEngines.NAMES.keySet()) {
      if (alternative.equals(QueryEngines.SHAPEFORGE)) {
        continue;
      }
      StringBuilder row = new StringBuilder("| `" + alternative + "` / `shapeforgePage` |");
      for (long count : records) {
        Optional<JmhScore> base = jmh.find(QueryEngines.BENCHMARK, QueryEngines.SHAPEFORGE, count);
        Optional<JmhScore> other = jmh.find(QueryEngines.BENCHMARK, alternative, count);
        row.append(' ')
            .append(
                base.isPresent() && other.isPresent()
                    ? format("%.2fx", other.get().micros() / base.get().micros())
                    : "—")
            .append(" |");
      }
      line(row.toString());
    }
    line("");
    if (chartLines > 0) {
      line("![Page latency against records stored, one line per engine](" + chartFileName + ")");
      line("");
    }
  }

  private void validation(JmhResults jmh) {
    line("## Validation (`ValidationBenchmark`)");
    line("");
    pairs(
        jmh,
        "ValidationBenchmark",
        List.of(
            new String[] {
              "a valid request, 5 filters of 3 values", "generatedValid", "hibernateValid"
            },
            new String[] {
              "an invalid request, at least 3 violations", "generatedInvalid", "hibernateInvalid"
            },
            new String[] {"a response of 100 identities", "generatedPage", "hibernatePage"}),
        "generated validator",
        "Hibernate Validator");
  }

  private void handler(JmhResults jmh) {
    line("## Whole in-process path (`HandlerBenchmark`)");
    line("");
    Optional<JmhScore> describe = jmh.find("HandlerBenchmark", "describePage", -1);
    if (describe.isEmpty()) {
      line("_Not measured in this run._");
    } else {
      line(
          "Bytes in, decode, validate, query, encode, bytes out, for a 100-item page: "
              + micros(describe.get())
              + " µs.");
    }
    Optional<JmhScore> jackson = jmh.find("HandlerBenchmark", "jacksonEncodePage", -1);
    Optional<JmhScore> generated = jmh.find("HandlerBenchmark", "generatedEncodePage", -1);
    if (jackson.isPresent() && generated.isPresent()) {
      line("");
      line(
          "Writing the same 100-item result alone: Jackson databind (a plain `ObjectMapper`) "
              + micros(jackson.get())
              + " µs, the generated writer "
              + micros(generated.get())
              + " µs.");
    }
    line("");
  }

  private void pairs(
      JmhResults jmh, String benchmark, List<String[]> rows, String ours, String theirs) {
    if (jmh.of(benchmark).isEmpty()) {
      line("_Not measured in this run._");
      line("");
      return;
    }
    line("| input | " + ours + " µs | " + theirs + " µs | ratio |");
    line("|---|---|---|---|");
    for (String[] row : rows) {
      Optional<JmhScore> generated = jmh.find(benchmark, row[1], -1);
      Optional<JmhScore> other = jmh.find(benchmark, row[2], -1);
      line(
          "| "
              + row[0]
              + " | "
              + generated.map(MarkdownReport::micros).orElse("—")
              + " | "
              + other.map(MarkdownReport::micros).orElse("—")
              + " | "
              + (generated.isPresent() && other.isPresent()
                  ? format("%.1fx", other.get().micros() / generated.get().micros())
                  : "—")
              + " |");
    }
    line("");
  }

  private void load(LoadReport load) {
    line("## HTTP load (closed loop, loopback)");
    line("");
    if (load == null) {
      line("_Not measured in this run._");
      line("");
      return;
    }
    line(
        format(
            "Each level: warm-up rounds until two in a row agree on requests/s within 5%%, then at most %.0f s or",
            load.measureSeconds()));
    line(
        format(
            "%,d requests; every client has its own keep-alive connection and sends back to back"
                + " (`SocketLoadDriver`, raw sockets).",
            load.maxRequests()));
    line(
        "The driver runs on the same cores as the server; its ceiling is measured first against a"
            + " minimal server. Percentiles are exact (nearest rank over every latency).");
    line("");
    for (LoadSubject subject : load.subjects()) {
      line("### " + subject.name() + ": " + subject.operation());
      line("");
      if (subject.notMeasured() != null) {
        line("_Not measured: " + subject.notMeasured() + "._");
        line("");
        continue;
      }
      if (!subject.note().isEmpty()) {
        line("_" + subject.note() + "._");
        line("");
      }
      if (subject.startupMillis() != null) {
        line(format("Process start to first 200 response: %.0f ms.", subject.startupMillis()));
        line("");
      }
      line(
          "| clients | requests/s | p50 ms | p99 ms | p99.9 ms | requests | errors | warm-up rounds |");
      line("|---|---|---|---|---|---|---|---|");
      for (LoadLevel level : subject.levels()) {
        line(
            format(
                "| %d | %.1f | %s | %s | %s | %,d | %d | %d%s |",
                level.clients(),
                level.requestsPerSecond(),
                millis(level.p50Micros()),
                millis(level.p99Micros()),
                millis(level.p999Micros()),
                level.requests(),
                level.errors(),
                level.warmUpRounds(),
                level.warmUpSettled() ? "" : " (not settled)"));
      }
      line("");
    }
  }

  private void start(StartReport start) {
    line("## Start-up: process start to the first 200 response (`StartComparison`)");
    line("");
    if (start == null) {
      line("_Not measured in this run._");
      line("");
      return;
    }
    line(
        format(
            "Each server launched %d times as its own JVM, in rounds (one launch of each per round);"
                + " the probe is",
            start.launches()));
    line(
        "`DescribeMaintenanceWindows` on a fresh loopback connection every 5 ms. The floor is a bare"
            + " JDK `HttpServer`");
    line(
        "answering one fixed body, in a jar of its own, started with `java -jar` as the emulator is.");
    line("");
    Optional<StartSubject> floor = start.measured(StartReport.FLOOR);
    line("| server | median ms | fastest ms | slowest ms | median / floor |");
    line("|---|---|---|---|---|");
    for (StartSubject subject : start.subjects()) {
      if (subject.notMeasured() != null || subject.millis().isEmpty()) {
        line(
            "| "
                + subject.name()
                + " | not measured: "
                + (subject.notMeasured() == null ? "no launch" : subject.notMeasured())
                + " | | | |");
        continue;
      }
      line(
          format(
              "| %s | %.0f | %.0f | %.0f | %s |",
              subject.name(),
              subject.medianMillis(),
              subject.minMillis(),
              subject.maxMillis(),
              floor.isPresent()
                  ? format("%.2fx", subject.medianMillis() / floor.get().medianMillis())
                  : "—"));
    }
    line("");
    Optional<StartSubject> empty = start.measured(StartReport.EMULATOR_EMPTY);
    Optional<StartSubject> demo = start.measured(StartReport.EMULATOR_DEMO);
    if (empty.isPresent() && demo.isPresent()) {
      line(
          format(
              "The demo's share (median with `--demo` minus median with nothing loaded): %.0f ms.",
              demo.get().medianMillis() - empty.get().medianMillis()));
      line("");
    }
  }

  private void memory(List<MemoryResult> memory) {
    line("## Memory: bytes per stored task");
    line("");
    if (memory.isEmpty()) {
      line("_Not measured in this run._");
      line("");
      return;
    }
    line(
        "Used heap after full GCs in a fresh JVM per engine, minus that JVM's baseline before loading, divided by tasks.");
    line("");
    Optional<MemoryResult> store =
        memory.stream().filter(m -> m.key().equals("shapeforge")).findFirst();
    line("| engine | tasks | bytes per task | ratio to the Shapeforge store | JVM |");
    line("|---|---|---|---|---|");
    for (MemoryResult result : memory) {
      line(
          format(
              "| %s | %,d | %.0f | %s | %s |",
              result.engine(),
              result.records(),
              result.bytesPerRecord(),
              store
                  .map(s -> format("%.2fx", result.bytesPerRecord() / s.bytesPerRecord()))
                  .orElse("—"),
              result.jvm()));
    }
    if (memory.stream().noneMatch(m -> m.key().equals("shapeforge"))) {
      line("");
      line("_The Shapeforge in-memory store was not measured in this run._");
    }
    line("");
  }

  private void processor(ProcessorCostResult processor) {
    line("## Annotation processing");
    line("");
    if (processor == null) {
      line("_Not measured in this run._");
      line("");
      return;
    }
    line(
        format(
            "A synthetic spec of %,d `@Structure` interfaces with a constraint on every member, compiled in-process with",
            processor.shapes()));
    line(
        format(
            "`javax.tools`; medians of %d compilations of each kind, each kind warmed up first on a tenth of the spec.",
            processor.measuredCompilations()));
    line("");
    line("| compilation | ms |");
    line("|---|---|");
    line(format("| `-proc:none` | %,.0f |", processor.withoutProcessingMillis()));
    if (processor.notMeasured() != null) {
      line("");
      line("_The processor was not measured: " + processor.notMeasured() + "._");
      line("");
      return;
    }
    line(format("| with `%s` | %,.0f |", processor.processor(), processor.withProcessorMillis()));
    line(
        format(
            "| of which inside the processor (`init` + `process`) | %,.0f |",
            processor.insideProcessorMillis()));
    line("");
    line(
        format(
            "The processor's share of the compile time: %.0f%%; time per shape inside the processor: %.2f ms;",
            processor.processorShare() * 100, processor.processorMillisPerShape()));
    line(
        format(
            "compile time added per shape (processing plus compiling the %,d generated sources): %.2f ms.",
            processor.generatedSources(), processor.addedCompileMillisPerShape()));
    line("");
  }

  private static String micros(JmhScore score) {
    return Double.isNaN(score.errorMicros())
        ? format("%.2f", score.micros())
        : format("%.2f ± %.2f", score.micros(), score.errorMicros());
  }

  private static String millis(Double micros) {
    return micros == null ? "—" : format("%.2f", micros / 1e3);
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
