package io.shapeforge.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The scores of a JMH run, read from its {@code -rf json} output with Jackson. Only average-time
 * results are kept; their unit is converted to microseconds.
 */
public final class JmhResults {
  private final List<JmhScore> scores;

  private JmhResults(List<JmhScore> scores) {
    this.scores = List.copyOf(scores);
  }

  /**
   * The results in the {@code json} files together (one JMH run each, such as runs with different
   * warm-ups); a file that does not exist adds none.
   */
  public static JmhResults read(Path... json) throws IOException {
    List<JmhScore> scores = new ArrayList<>();
    for (Path file : json) {
      if (Files.isRegularFile(file)) {
        readInto(file, scores);
      }
    }
    return new JmhResults(scores);
  }

  private static void readInto(Path json, List<JmhScore> scores) throws IOException {
    for (JsonNode result : new ObjectMapper().readTree(json.toFile())) {
      if (!"avgt".equals(result.path("mode").asText())) {
        continue;
      }
      String benchmark = result.path("benchmark").asText();
      int method = benchmark.lastIndexOf('.');
      int type = benchmark.lastIndexOf('.', method - 1);
      Map<String, String> params = new TreeMap<>();
      Iterator<Map.Entry<String, JsonNode>> fields = result.path("params").fields();
      fields.forEachRemaining(field -> params.put(field.getKey(), field.getValue().asText()));
      JsonNode metric = result.path("primaryMetric");
      double toMicros = microsPer(metric.path("scoreUnit").asText());
      double error =
          metric.path("scoreError").isNumber()
              ? metric.path("scoreError").asDouble() * toMicros
              : Double.NaN;
      scores.add(
          new JmhScore(
              benchmark.substring(type + 1, method),
              benchmark.substring(method + 1),
              params,
              metric.path("score").asDouble() * toMicros,
              error));
    }
  }

  /** Every score. */
  public List<JmhScore> all() {
    return scores;
  }

  /** The scores of one benchmark class. */
  public List<JmhScore> of(String benchmarkClass) {
    return scores.stream().filter(s -> s.benchmarkClass().equals(benchmarkClass)).toList();
  }

  /**
   * The score of {@code method} of {@code benchmarkClass} with {@code records} (-1: no such
   * parameter).
   */
  public Optional<JmhScore> find(String benchmarkClass, String method, long records) {
    return scores.stream()
        .filter(
            s ->
                s.benchmarkClass().equals(benchmarkClass)
                    && s.method().equals(method)
                    && s.longParam("records") == records)
        .findFirst();
  }

  private static double microsPer(String unit) {
    return switch (unit) {
      case "ns/op" -> 1e-3;
      case "us/op" -> 1;
      case "ms/op" -> 1e3;
      case "s/op" -> 1e6;
      default -> throw new IllegalArgumentException("not an average-time unit: " + unit);
    };
  }
}
