package io.shapeforge.runtime.validation;

import java.util.Objects;

/**
 * One broken constraint: where, what value, and which constraint.
 *
 * @param path the AWS member path, lower camel case with 1-based list indices, such as
 *     {@code filters.2.member.values.1.member}
 * @param value the offending value as AWS prints it, or {@code null} for an absent value
 * @param kind the kind of constraint
 * @param constraint the constraint text, such as {@code Member must not be null}
 */
public record Violation(String path, String value, ConstraintKind kind, String constraint) {

  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(constraint, "constraint");
  }

  /**
   * The AWS text of this violation:
   * {@code Value '5' at 'maxResults' failed to satisfy constraint: Member must ...}.
   */
  public String message() {
    String shownValue = value == null ? "null" : "'" + value + "'";
    return "Value " + shownValue + " at '" + path + "' failed to satisfy constraint: " + constraint;
  }

  @Override
  public String toString() {
    return message();
  }
}
