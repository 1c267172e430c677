/**
 * Turns one run's raw results (JMH JSON, load, memory and processor-cost JSON) into {@code
 * docs/benchmarks.md} with its tables, the machine, the ratios against each alternative, the
 * targets met or not met, and the page-latency chart.
 */
package io.shapeforge.benchmarks.report;
