package io.shapeforge.samples.ssm.windows;

/**
 * Every message the hand-written maintenance-window behaviour answers with, in one place. The
 * not-found and reused-client-token messages belong to the resource declarations in {@code
 * imported.spec} ({@code MaintenanceWindowBehaviour} and its children), which the generated
 * handlers answer with.
 *
 * <p>AWS publishes no text for a target still in use; it follows the same style and is listed in
 * {@code docs/moto-differential.md} as unverified.
 */
final class WindowMessages {
  private WindowMessages() {}

  /** The meaning is AWS's (TargetInUseException: Safe was set and a task references the target). */
  static String targetInUse(String windowTargetId, String windowTaskId) {
    return "Target "
        + windowTargetId
        + " is referenced by task "
        + windowTaskId
        + ". Deregister it with Safe set to false, or update the task first.";
  }

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
