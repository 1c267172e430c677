package io.shapeforge.samples.ssm.windows;

/**
 * Every message the maintenance-window operations answer with, in one place.
 *
 * <p>Evidence: {@code Maintenance window mw-... does not exist} is quoted from AWS by users
 * (aws-samples/aws-security-reference-architecture-examples#288: "An error occurred
 * (DoesNotExistException) when calling the RegisterTaskWithMaintenanceWindow operation: Maintenance
 * window mw-xxxxxxxx does not exist"). AWS publishes no text for a missing target or task, for a
 * target still in use, or for a reused client token; those follow the same style and are listed in
 * {@code docs/moto-differential.md} as unverified.
 */
final class WindowMessages {
  private WindowMessages() {}

  static String windowNotFound(String windowId) {
    return "Maintenance window " + windowId + " does not exist";
  }

  static String targetNotFound(String windowId, String windowTargetId) {
    return "Maintenance window target " + windowTargetId + " does not exist in " + windowId;
  }

  static String taskNotFound(String windowId, String windowTaskId) {
    return "Maintenance window task " + windowTaskId + " does not exist in " + windowId;
  }

  /** The meaning is AWS's (TargetInUseException: Safe was set and a task references the target). */
  static String targetInUse(String windowTargetId, String windowTaskId) {
    return "Target "
        + windowTargetId
        + " is referenced by task "
        + windowTaskId
        + ". Deregister it with Safe set to false, or update the task first.";
  }

  static final String IDEMPOTENT_MISMATCH =
      "The client token was already used with different parameters.";

  static String resourceLimit(String what, int limit) {
    return "The maximum number of " + what + " (" + limit + ") has been reached.";
  }

  /** UpdateX with Replace=true needs what RegisterX/CreateX requires (AWS's documented rule). */
  static String replaceNeeds(String member) {
    return member + " is required when Replace is true.";
  }

  static final String SCHEDULE_NEEDS_SCOPE =
      "Specify either a WindowId, or Targets and a ResourceType.";

  static final String CUTOFF_NOT_BELOW_DURATION =
      "The cutoff must be less than the duration of the maintenance window.";
}
