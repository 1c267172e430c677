package io.shapeforge.runtime.validation;

/** The constraint texts AWS writes, in one place. */
final class ConstraintTexts {
  static final String NOT_NULL = "Member must not be null";
  static final String UNIQUE = "Member must have unique values";

  private ConstraintTexts() {}

  static String maxLength(Object bound) {
    return "Member must have length less than or equal to " + bound;
  }

  static String minLength(Object bound) {
    return "Member must have length greater than or equal to " + bound;
  }

  static String maxValue(String bound) {
    return "Member must have value less than or equal to " + bound;
  }

  static String minValue(String bound) {
    return "Member must have value greater than or equal to " + bound;
  }

  static String pattern(String asWritten) {
    return "Member must satisfy regular expression pattern: " + asWritten;
  }

  static String enumSet(String listing) {
    return "Member must satisfy enum value set: " + listing;
  }

  /** {@code [a, b, c]}, the way AWS lists the constraints of a collection's element. */
  static String listing(Iterable<String> texts) {
    return "[" + String.join(", ", texts) + "]";
  }
}
