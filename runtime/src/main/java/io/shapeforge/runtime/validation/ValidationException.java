package io.shapeforge.runtime.validation;

import io.shapeforge.runtime.error.ServiceException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The AWS {@code ValidationException}: one or more constraint violations, rendered as {@code N
 * validation errors detected: <first>; <second>; ...}.
 */
public final class ValidationException extends ServiceException {
  private static final long serialVersionUID = 1L;

  /** The wire name of this error. */
  public static final String ERROR_CODE = "ValidationException";

  private final transient List<Violation> violations;

  /**
   * @param violations at least one violation, in the order they were found
   */
  public ValidationException(List<Violation> violations) {
    super(ERROR_CODE, 400, render(violations));
    this.violations = List.copyOf(violations);
  }

  /** A validation failure that is not about one member, with a message of its own. */
  public ValidationException(String message) {
    super(ERROR_CODE, 400, message);
    this.violations = List.of();
  }

  /** The violations, in the order they were found; empty for a free-text failure. */
  public List<Violation> violations() {
    return violations;
  }

  /** Renders violations the way AWS does. */
  public static String render(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("no violations to render");
    }
    int count = violations.size();
    String prefix =
        count + (count == 1 ? " validation error detected: " : " validation errors detected: ");
    return violations.stream()
        .map(Violation::message)
        .collect(Collectors.joining("; ", prefix, ""));
  }
}
