package io.shapeforge.benchmarks.memory;

/**
 * One engine's footprint.
 *
 * @param key the engine's command-line key
 * @param engine the engine's name in reports
 * @param records tasks loaded
 * @param baselineBytes used heap after GC before loading
 * @param loadedBytes used heap after GC with the engine loaded
 * @param bytesPerRecord {@code (loadedBytes - baselineBytes) / records}
 * @param jvm the JVM and its heap settings
 */
public record MemoryResult(
    String key,
    String engine,
    int records,
    long baselineBytes,
    long loadedBytes,
    double bytesPerRecord,
    String jvm) {}
