package io.shapeforge.runtime.validation;

import java.util.Objects;

/**
 * One broken constraint: where, what value, and which constraint.
 *
 * @param path the AWS member path, lower camel case with 1-based list indices, such as {@code
 *     filters.2.member.key}; a list of scalars, a map's keys and a map's scalar values are reported
 *     at the collection itself (see the package documentation)
 * @param value the offending value as AWS prints it, or {@code null} for an absent value
 * @param kind the kind of constraint
 * @param constraint the constraint text, such as {@code Member must not be null}
 * @param sensitive whether the value is {@code @Sensitive}, so that the message leaves it out
 */
public record Violation(
    String path, String value, ConstraintKind kind, String constraint, boolean sensitive) {

  /** Checks that path, kind and constraint are present. */
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(constraint, "constraint");
  }

  /** A violation whose value may be shown. */
  public Violation(String path, String value, ConstraintKind kind, String constraint) {
    this(path, value, kind, constraint, false);
  }

  /**
   * The AWS text of this violation: {@code Value '5' at 'maxResults' failed to satisfy constraint:
   * Member must ...}, or, for a sensitive value, {@code Value at 'password' failed to satisfy
   * constraint: ...} (Cognito, SSM {@code PutParameter}'s {@code value}, OpenSearch's {@code
   * masterUserName}).
   */
  public String message() {
    String shownValue = sensitive ? "" : value == null ? " null" : " '" + value + "'";
    return "Value" + shownValue + " at '" + path + "' failed to satisfy constraint: " + constraint;
  }

  @Override
  public String toString() {
    return message();
  }
}
