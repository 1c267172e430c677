package io.shapeforge.benchmarks.processing;

/**
 * One in-process compilation of the synthetic spec.
 *
 * @param totalMillis wall time of the whole compilation
 * @param processorMillis wall time inside the processor's {@code init} and {@code process}, 0
 *     without it
 * @param processorCpuMillis CPU time of the compiling thread over the same calls (-1 if the JVM
 *     cannot tell)
 * @param processorGcMillis garbage-collection time over the same calls
 * @param generatedSources source files the processor wrote
 * @param errors error diagnostics (0 for a usable measurement)
 * @param firstError the first error's text, or {@code null}
 */
public record CompileRun(
    double totalMillis,
    double processorMillis,
    double processorCpuMillis,
    double processorGcMillis,
    int generatedSources,
    int errors,
    String firstError) {}
