package io.shapeforge.benchmarks.report;

import java.util.Map;

/**
 * One JMH result in microseconds per operation.
 *
 * @param benchmarkClass the benchmark's simple class name, e.g. {@code QueryBenchmark}
 * @param method the benchmark method, e.g. {@code h2Page}
 * @param params the JMH parameters, e.g. {@code records=10000}
 * @param micros the average time per operation
 * @param errorMicros the 99.9% confidence half-width JMH reports (NaN with one iteration)
 */
public record JmhScore(
    String benchmarkClass,
    String method,
    Map<String, String> params,
    double micros,
    double errorMicros) {
  /** The integer value of parameter {@code name}, or -1 when absent. */
  public long longParam(String name) {
    String value = params.get(name);
    return value == null ? -1 : Long.parseLong(value);
  }
}
