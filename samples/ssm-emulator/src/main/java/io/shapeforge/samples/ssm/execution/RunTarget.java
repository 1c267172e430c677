package io.shapeforge.samples.ssm.execution;

/**
 * One resolved target of a task: an instance, and the registered window target it came from, if
 * any. A task without targets has one target with neither.
 *
 * @param windowTargetId the registered target, or {@code null} when the task named the instance
 *     itself (or has no targets)
 * @param instanceId the instance, or {@code null} for a task that runs without targets
 * @param ownerInformation the registered target's {@code OwnerInformation}, or {@code null}
 */
public record RunTarget(String windowTargetId, String instanceId, String ownerInformation) {}
