package io.shapeforge.processor.check;

/**
 * Every diagnostic text the processor prints, each starting with a stable tag
 * {@code [shapeforge:<tag>]} that tests and users can search for. Texts say what is wrong and how
 * to fix it.
 */
public final class ErrorMessages {

  private ErrorMessages() {}

  private static String tagged(String tag, String text) {
    return "[shapeforge:" + tag + "] " + text;
  }

  public static String structureNotInterface(String name) {
    return tagged("structure-not-interface", "@Structure " + name + " must be an interface");
  }

  public static String structureExtends(String name) {
    return tagged("structure-extends", "@Structure " + name
        + " must not extend other interfaces or declare type parameters; declare its members directly");
  }

  public static String errorShapeNotStructure(String name) {
    return tagged("error-shape-not-structure", "@ErrorShape " + name + " must also be a @Structure interface");
  }

  public static String enumShapeNotEnum(String name) {
    return tagged("enum-shape-not-enum", "@EnumShape " + name + " must be an enum");
  }

  public static String enumEmpty(String name) {
    return tagged("enum-empty", "@EnumShape " + name + " has no values");
  }

  public static String enumDuplicateValue(String name, String wireValue) {
    return tagged("enum-duplicate-value", "@EnumShape " + name + " has the wire value \"" + wireValue + "\" twice");
  }

  public static String enumReservedName(String name, String constant) {
    return tagged("enum-reserved-name", "@EnumShape " + name + " may not declare " + constant
        + ": the generated enum uses it for unknown values");
  }

  public static String memberHasParameters(String member) {
    return tagged("member-has-parameters", "Member " + member + "() must have no parameters or type parameters");
  }

  public static String unsupportedMemberType(String member, String type) {
    return tagged("unsupported-member-type", "Member " + member + "() has type " + type
        + ", which the spec language does not support; use String, Boolean, Integer, Long, Instant,"
        + " a @Structure, an @EnumShape or a List of one of these");
  }

  public static String memberNameReserved(String member) {
    return tagged("member-name-reserved", "Member name " + member + " clashes with a method of the generated class");
  }

  public static String duplicateWireName(String wireName, String member, String first) {
    return tagged("duplicate-wire-name", "Member " + member + "() has the wire name \"" + wireName
        + "\", which " + first + "() already has");
  }

  public static String constraintNotApplicable(String constraint, String target, String appliesTo) {
    return tagged("constraint-not-applicable", "@" + constraint + " does not apply to " + target
        + "; it applies to " + appliesTo);
  }

  public static String boundsInverted(String constraint, Object min, Object max) {
    return tagged("bounds-inverted", "@" + constraint + " max " + max + " is less than min " + min);
  }

  public static String boundNegative(String constraint, String bound, int value) {
    return tagged("bound-negative", "@" + constraint + " " + bound + " must not be negative, but is " + value);
  }

  public static String patternInvalid(String regex, String description) {
    return tagged("pattern-invalid", "@Pattern \"" + regex + "\" does not compile: " + description);
  }

  public static String patternUnbounded(String target) {
    return tagged("pattern-unbounded", "@Pattern on " + target
        + " has no maximum @Length, so the pattern runs on values of any length");
  }

  public static String errorStatusMismatch(String name, String fault, int status, String expected) {
    return tagged("error-status-fault-mismatch", "@ErrorShape " + name + " has fault " + fault
        + " but httpStatus " + status + "; a " + fault + " fault needs " + expected);
  }

  public static String operationNotStructure(String operation, String role, String type) {
    return tagged("operation-not-structure", "Operation " + operation + " " + role + " " + type
        + " is not a @Structure");
  }

  public static String operationErrorNotErrorShape(String operation, String type) {
    return tagged("operation-error-not-error-shape", "Operation " + operation + " lists error " + type
        + ", which is not an @ErrorShape");
  }

  public static String writeFailed(String type, String reason) {
    return tagged("write-failed", "Could not write " + type + ": " + reason);
  }
}
