package io.shapeforge.benchmarks.processing;

/**
 * The processor's cost on the synthetic spec: medians over the measured compilations of each kind.
 *
 * @param processor the processor's class name
 * @param shapes structures in the spec
 * @param measuredCompilations compilations of each kind that count (after a warm-up of each)
 * @param withoutProcessingMillis median compile time with {@code -proc:none}
 * @param withProcessorMillis median compile time with the processor, including compiling what it
 *     wrote
 * @param insideProcessorMillis median time inside the processor's {@code init} and {@code process}
 * @param insideProcessorCpuMillis median CPU time of the compiling thread inside the processor: on
 *     a loaded machine, what the processor itself cost, without the time other processes held the
 *     CPU
 * @param insideProcessorGcMillis median garbage-collection time while inside the processor
 * @param generatedSources source files the processor wrote
 * @param notMeasured why the processor was not measured, or {@code null}
 */
public record ProcessorCostResult(
    String processor,
    int shapes,
    int measuredCompilations,
    double withoutProcessingMillis,
    Double withProcessorMillis,
    Double insideProcessorMillis,
    Double insideProcessorCpuMillis,
    Double insideProcessorGcMillis,
    Integer generatedSources,
    String notMeasured) {

  /** CPU time inside the processor per structure, in milliseconds, or {@code null}. */
  public Double processorCpuMillisPerShape() {
    return insideProcessorCpuMillis == null || insideProcessorCpuMillis < 0
        ? null
        : insideProcessorCpuMillis / shapes;
  }

  /** Time inside the processor per structure, in milliseconds, or {@code null}. */
  public Double processorMillisPerShape() {
    return insideProcessorMillis == null ? null : insideProcessorMillis / shapes;
  }

  /** Added compile time per structure (processing plus compiling its output), or {@code null}. */
  public Double addedCompileMillisPerShape() {
    return withProcessorMillis == null
        ? null
        : (withProcessorMillis - withoutProcessingMillis) / shapes;
  }

  /** The processor's share of the compile time with it, from 0 to 1, or {@code null}. */
  public Double processorShare() {
    return insideProcessorMillis == null ? null : insideProcessorMillis / withProcessorMillis;
  }
}
