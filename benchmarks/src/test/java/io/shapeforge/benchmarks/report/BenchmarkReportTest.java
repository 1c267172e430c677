package io.shapeforge.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shapeforge.benchmarks.load.LoadLevel;
import io.shapeforge.benchmarks.load.LoadReport;
import io.shapeforge.benchmarks.load.LoadSubject;
import io.shapeforge.benchmarks.memory.MemoryResult;
import io.shapeforge.benchmarks.processing.ProcessorCostResult;
import io.shapeforge.benchmarks.start.StartReport;
import io.shapeforge.benchmarks.start.StartSubject;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkReportTest {
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void writesTablesRatiosVerdictsAndTheChart(@TempDir Path dir) throws Exception {
    Path results = Files.createDirectories(dir.resolve("raw"));
    ArrayNode jmh = json.createArrayNode();
    // shapeforge: 1.0, 1.1, 1.2 µs; H2 9x at 1M; the skip list faster than shapeforge at 1M.
    Map<String, double[]> query =
        Map.of(
            "shapeforgePage", new double[] {1.0, 1.1, 1.2},
            "h2Page", new double[] {5.0, 7.0, 10.8},
            "skipListPage", new double[] {0.5, 0.6, 0.9},
            "scanPage", new double[] {100, 1_000, 10_000});
    long[] records = {10_000, 100_000, 1_000_000};
    query.forEach(
        (method, micros) -> {
          for (int i = 0; i < records.length; i++) {
            jmh.add(
                result(
                    "QueryBenchmark." + method,
                    Map.of("records", Long.toString(records[i])),
                    micros[i],
                    "us/op"));
          }
        });
    jmh.add(result("ValidationBenchmark.generatedValid", Map.of(), 200, "ns/op"));
    jmh.add(result("ValidationBenchmark.hibernateValid", Map.of(), 2.7, "us/op"));
    jmh.add(result("HandlerBenchmark.describePage", Map.of(), 40, "us/op"));
    jmh.add(result("HandlerBenchmark.jacksonEncodePage", Map.of(), 30, "us/op"));
    jmh.add(result("HandlerBenchmark.generatedEncodePage", Map.of(), 10, "us/op"));
    jmh.add(
        result("QueryBenchmark.h2Page", Map.of("records", "10000"), 1, "ops/us")
            .put("mode", "thrpt"));
    json.writeValue(results.resolve("jmh.json").toFile(), jmh);
    json.writeValue(
        results.resolve("memory.json").toFile(),
        List.of(
            new MemoryResult("shapeforge", "store", 1_000_000, 0, 200_000_000, 200, "jvm"),
            new MemoryResult("h2", "H2", 1_000_000, 0, 450_000_000, 450, "jvm")));
    json.writeValue(
        results.resolve("processor.json").toFile(),
        new ProcessorCostResult(
            "p", 1_000, 3, 4_000, 9_000.0, 3_500.0, 3_200.0, 400.0, 3_000, null));
    json.writeValue(
        results.resolve("load.json").toFile(),
        new LoadReport(
            3,
            1000,
            List.of(
                new LoadSubject(
                    "Load driver ceiling",
                    "a fixed answer",
                    "ceiling",
                    null,
                    List.of(
                        new LoadLevel(1, 90000, 0, 3, 30000, 30.0, 90.0, 90.0, 3, true, 0),
                        new LoadLevel(32, 120000, 0, 3, 40000, 500.0, 900.0, 900.0, 3, true, 0)),
                    null),
                new LoadSubject(
                    "Shapeforge SSM emulator",
                    "page",
                    "the operation itself",
                    400.0,
                    List.of(
                        new LoadLevel(1, 9000, 0, 3, 3000, 300.0, 900.0, 900.0, 3, true, 0),
                        new LoadLevel(32, 30000, 0, 3, 10000, 2000.0, 6000.0, 6000.0, 3, true, 0)),
                    null),
                new LoadSubject(
                    "moto_server 5.2.1",
                    "DescribeMaintenanceWindowTasks on a window of 100 tasks (unpaged)",
                    "nearest",
                    5000.0,
                    List.of(
                        new LoadLevel(1, 60, 0, 3, 20, 40000.0, 240000.0, 240000.0, 3, true, 0),
                        new LoadLevel(32, 75, 0, 3, 25, 1e6, 1.7e6, 1.7e6, 3, true, 0)),
                    null))));

    // Medians: floor 300 ms, nothing loaded 500 ms, demo 950 ms, demo with the archive 580 ms.
    json.writeValue(
        results.resolve("start.json").toFile(),
        new StartReport(
            3,
            List.of(
                new StartSubject(
                    StartReport.FLOOR,
                    "floor",
                    "java -jar floor.jar",
                    List.of(320.0, 300.0, 280.0),
                    null),
                new StartSubject(
                    StartReport.EMULATOR_EMPTY,
                    "emulator, no data",
                    "java -jar e.jar",
                    List.of(500.0, 480.0, 520.0),
                    null),
                new StartSubject(
                    StartReport.EMULATOR_DEMO,
                    "emulator --demo",
                    "java -jar e.jar --demo",
                    List.of(900.0, 1000.0, 950.0),
                    null),
                new StartSubject(
                    StartReport.EMULATOR_DEMO_ARCHIVE,
                    "emulator --demo with the archive",
                    "java -XX:SharedArchiveFile=e.jsa -jar e.jar --demo",
                    List.of(600.0, 550.0, 580.0),
                    null))));

    Path docs = dir.resolve("docs");
    Path notes =
        Files.writeString(dir.resolve("notes.md"), "## Profiles\n\nWhere the time goes.\n");
    BenchmarkReport.main(
        new String[] {
          "--results", results.toString(),
          "--docs", docs.toString(),
          "--jmh-settings", "test",
          "--notes", notes.toString()
        });

    String markdown = Files.readString(docs.resolve("benchmarks.md"));
    assertTrue(
        markdown.contains("| shapeforgePage at least 8x faster than h2Page at 1M records | 9.00x"),
        markdown);
    assertTrue(
        markdown.contains("| shapeforgePage no slower than skipListPage at 1M records | 0.75x"),
        markdown);
    assertTrue(
        markdown.contains("| shapeforgePage at 1M records within 1.3x of its time at 10k | 1.20x"),
        markdown);
    assertTrue(
        markdown.contains(
            "| generatedValid at least 10x faster than hibernateValid (identical violations, checked in setup) | 13.50x"),
        markdown);
    assertTrue(markdown.contains("1 clients 150x, 32 clients 400x | met"), markdown);
    assertTrue(
        markdown.contains(
            "| the load driver reaches at least 5x the emulator's requests/s on a minimal server, at every level | 1 clients 10.0x, 32 clients 4.0x | **not met** |"),
        markdown);
    assertTrue(
        markdown.contains("| emulator p99 under 5 ms at 32 clients | p99 6.00 ms | **not met** |"),
        markdown);
    assertTrue(
        markdown.contains(
            "| describePage at most 1.5x jacksonEncodePage (the same 100-item result) | 1.33x (describePage 40.00 µs / jacksonEncodePage 30.00 µs) | met |"),
        markdown);
    assertTrue(
        markdown.contains(
            "Jackson databind (a plain `ObjectMapper`) 30.00 ± 3.00 µs, the generated writer 10.00 ± 1.00 µs"),
        markdown);
    assertTrue(
        markdown.contains(
            "| in-memory store holds a task in at most 250 bytes at 1M records | 200 bytes per task at 1,000,000 (H2: 450 bytes, 2.25x the store) | met |"),
        markdown);
    assertTrue(
        markdown.contains(
            "| processor spends at most 3 ms per shape on the 1,000-structure spec | 3.20 ms of CPU per shape (wall 3.50 ms; 3,200 ms CPU and 400 ms GC inside the processor for 1,000 shapes) | **not met** |"),
        markdown);
    assertTrue(
        markdown.contains("| `h2Page` / `shapeforgePage` | 5.00x | 6.36x | 9.00x |"), markdown);
    assertTrue(
        markdown.contains(
            "| emulator --demo serves its first request within 1 s of process start (median) | 580 ms with the archive; plain java -jar 950 ms | met |"),
        markdown);
    assertTrue(
        markdown.contains(
            "| emulator --demo starts within 2x the floor, a bare JDK HttpServer launched the same way (medians) | 1.93x with the archive (580 ms / floor 300 ms); plain java -jar 3.17x | met |"),
        markdown);
    assertTrue(markdown.contains("| emulator --demo | 950 | 900 | 1000 | 3.17x |"), markdown);
    assertTrue(
        markdown.contains(
            "The demo's share (median with `--demo` minus median with nothing loaded): 450 ms."),
        markdown);
    assertFalse(markdown.contains("not measured |"), markdown);
    assertTrue(
        markdown.contains("## Profiles\n\nWhere the time goes.\n\n## Machine"),
        "the hand-written notes come last, before the machine: " + markdown);
    // Not met: the skip-list ratio, p99 at 32 clients, the driver's ceiling at 32 clients and the
    // processor time per shape.
    assertEquals(4, count(markdown, "| **not met** |"), markdown);

    BufferedImage chart = ImageIO.read(docs.resolve(BenchmarkReport.CHART).toFile());
    assertEquals(900, chart.getWidth());
  }

  @Test
  void aRunWithNothingSaysSoInEverySection(@TempDir Path dir) throws Exception {
    Path docs = dir.resolve("docs");
    BenchmarkReport.main(
        new String[] {"--results", dir.resolve("none").toString(), "--docs", docs.toString()});
    String markdown = Files.readString(docs.resolve("benchmarks.md"));
    assertEquals(12, count(markdown, "| not measured |"));
    assertFalse(Files.exists(docs.resolve(BenchmarkReport.CHART)));
  }

  @Test
  void measurementsBelowTheTargetScaleAreNotVerdicts() throws Exception {
    List<TargetCheck> checks =
        Targets.evaluate(
            JmhResults.read(Path.of("absent.json")),
            null,
            List.of(new MemoryResult("shapeforge", "store", 100_000, 0, 10_000_000, 100, "jvm")),
            new ProcessorCostResult("p", 100, 1, 100, 200.0, 50.0, 40.0, 5.0, 200, null),
            null);
    TargetCheck memory = checks.get(9);
    TargetCheck processor = checks.get(10);
    assertTrue(memory.target().startsWith("in-memory store"), memory.target());
    assertEquals(null, memory.met());
    assertTrue(memory.measured().contains("fewer than 1M records"), memory.measured());
    assertTrue(processor.target().startsWith("processor spends"), processor.target());
    assertEquals(null, processor.met());
  }

  private ObjectNode result(
      String benchmark, Map<String, String> params, double score, String unit) {
    ObjectNode result =
        json.createObjectNode()
            .put("benchmark", "io.shapeforge.benchmarks.x." + benchmark)
            .put("mode", "avgt");
    ObjectNode paramNode = result.putObject("params");
    params.forEach(paramNode::put);
    result
        .putObject("primaryMetric")
        .put("score", score)
        .put("scoreError", score / 10)
        .put("scoreUnit", unit);
    return result;
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
      count++;
    }
    return count;
  }
}
