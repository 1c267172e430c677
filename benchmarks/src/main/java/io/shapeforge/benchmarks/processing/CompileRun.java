package io.shapeforge.benchmarks.processing;

/**
 * One in-process compilation of the synthetic spec.
 *
 * @param totalMillis wall time of the whole compilation
 * @param processorMillis wall time inside the processor's {@code init} and {@code process}, 0 without it
 * @param generatedSources source files the processor wrote
 * @param errors error diagnostics (0 for a usable measurement)
 * @param firstError the first error's text, or {@code null}
 */
public record CompileRun(double totalMillis, double processorMillis, int generatedSources, int errors, String firstError) {}
