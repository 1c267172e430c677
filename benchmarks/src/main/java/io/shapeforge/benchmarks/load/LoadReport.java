package io.shapeforge.benchmarks.load;

import java.util.List;

/**
 * Everything one {@link LoadComparison} run measured, as written to and read from JSON.
 *
 * @param measureSeconds the bound of each measured level, in seconds
 * @param maxRequests the request bound of each measured level
 * @param subjects the servers measured
 */
public record LoadReport(double measureSeconds, int maxRequests, List<LoadSubject> subjects) {}
