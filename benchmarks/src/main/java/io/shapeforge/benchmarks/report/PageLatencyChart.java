package io.shapeforge.benchmarks.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws page latency against the number of records, one line per engine, both axes logarithmic so a
 * flat line (O(log n + page)) and a rising one (O(n)) are told apart at a glance.
 */
final class PageLatencyChart {
  private static final int WIDTH = 900;
  private static final int HEIGHT = 560;

  private PageLatencyChart() {}

  /**
   * Writes the chart of {@code scores} (QueryBenchmark results) as a PNG; returns the engines
   * drawn.
   */
  static int write(List<JmhScore> scores, Path png) throws IOException {
    XYSeriesCollection lines = new XYSeriesCollection();
    for (Map.Entry<String, String> engine : QueryEngines.NAMES.entrySet()) {
      XYSeries line = new XYSeries(engine.getKey() + " (" + engine.getValue() + ")");
      scores.stream()
          .filter(s -> s.method().equals(engine.getKey()))
          .sorted(Comparator.comparingLong(s -> s.longParam("records")))
          .forEach(s -> line.add(s.longParam("records"), s.micros()));
      if (!line.isEmpty()) {
        lines.addSeries(line);
      }
    }
    JFreeChart chart =
        ChartFactory.createXYLineChart(
            "One page of 100 tasks, STATUS in (SUCCESS, FAILED), first page",
            "records stored",
            "microseconds per page",
            lines,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    XYPlot plot = chart.getXYPlot();
    plot.setDomainAxis(logAxis("records stored (log scale)"));
    plot.setRangeAxis(logAxis("microseconds per page (log scale)"));
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    for (int series = 0; series < lines.getSeriesCount(); series++) {
      renderer.setSeriesStroke(series, new BasicStroke(2.5f));
    }
    plot.setRenderer(renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    ChartUtils.saveChartAsPNG(png.toFile(), chart, WIDTH, HEIGHT);
    return lines.getSeriesCount();
  }

  /** A base-10 axis labelled with plain numbers (10, 100, 1,000 ...), not exponents. */
  private static LogarithmicAxis logAxis(String label) {
    LogarithmicAxis axis = new LogarithmicAxis(label);
    axis.setStrictValuesFlag(false);
    axis.setExpTickLabelsFlag(false);
    axis.setLog10TickLabelsFlag(false);
    axis.setAutoRangeNextLogFlag(true);
    return axis;
  }
}
