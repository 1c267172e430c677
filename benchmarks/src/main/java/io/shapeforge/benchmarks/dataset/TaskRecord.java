package io.shapeforge.benchmarks.dataset;

import java.time.Instant;

/**
 * One maintenance window task execution, engine-neutral: the benchmark data set in plain values,
 * before any engine (H2, a skip list, the Shapeforge store) turns it into its own representation.
 *
 * <p>Members and wire values follow {@code MaintenanceWindowExecutionTaskIdentity}; {@code status}
 * and {@code taskType} are the wire strings (e.g. {@code "SUCCESS"}, {@code "RUN_COMMAND"}).
 */
public record TaskRecord(
    String windowExecutionId,
    String taskExecutionId,
    String status,
    String statusDetails,
    Instant startTime,
    Instant endTime,
    String taskArn,
    String taskType) {}
