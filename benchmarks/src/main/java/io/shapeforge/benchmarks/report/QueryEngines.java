package io.shapeforge.benchmarks.report;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code QueryBenchmark} methods, in report order, with the engine each measures. */
final class QueryEngines {
  static final String BENCHMARK = "QueryBenchmark";
  static final String SHAPEFORGE = "shapeforgePage";

  /** Method name to engine description. */
  static final Map<String, String> NAMES = new LinkedHashMap<>();

  static {
    NAMES.put(SHAPEFORGE, "Shapeforge generated query engine, in-memory store");
    NAMES.put("skipListPage", "hand-written ConcurrentSkipListMap");
    NAMES.put("h2Page", "H2 in-memory, composite index, prepared keyset query");
    NAMES.put("scanPage", "naive stream filter, sort, limit");
  }

  private QueryEngines() {}
}
