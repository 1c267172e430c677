package io.shapeforge.benchmarks.load;

/**
 * What one concurrency level measured.
 *
 * @param clients concurrent clients, each with its own connection, sending back to back
 * @param requests responses received with status 200
 * @param errors responses with another status, and failed sends
 * @param seconds wall time of the measured phase
 * @param requestsPerSecond {@code requests / seconds}
 * @param p50Micros median latency of the 200 responses, in microseconds, or {@code null} if none
 * @param p99Micros 99th percentile latency of the 200 responses, in microseconds, or {@code null}
 *     if none
 */
public record LoadLevel(
    int clients,
    long requests,
    long errors,
    double seconds,
    double requestsPerSecond,
    Double p50Micros,
    Double p99Micros) {}
