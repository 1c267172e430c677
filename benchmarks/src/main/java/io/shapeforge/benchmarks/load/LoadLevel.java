package io.shapeforge.benchmarks.load;

/**
 * What one concurrency level measured.
 *
 * @param clients concurrent clients, each with its own keep-alive connection, sending back to back
 * @param requests responses received with the expected status (200 unless said otherwise)
 * @param errors responses with another status, and failed exchanges
 * @param seconds wall time of the measured phase
 * @param requestsPerSecond {@code requests / seconds}
 * @param p50Micros median latency of the expected responses, in microseconds, or {@code null} if
 *     none
 * @param p99Micros 99th percentile latency of the expected responses, in microseconds, or {@code
 *     null} if none
 * @param p999Micros 99.9th percentile latency, in microseconds, or {@code null} if none; exact
 *     (nearest rank over every recorded latency), so it rests on few samples when {@code requests}
 *     is small
 * @param warmUpRounds warm-up rounds run before measuring
 * @param warmUpSettled whether the last two warm-up rounds agreed on the rate (see {@link WarmUp})
 * @param reconnects connections the clients had to open again during the measured phase
 */
public record LoadLevel(
    int clients,
    long requests,
    long errors,
    double seconds,
    double requestsPerSecond,
    Double p50Micros,
    Double p99Micros,
    Double p999Micros,
    int warmUpRounds,
    boolean warmUpSettled,
    long reconnects) {}
