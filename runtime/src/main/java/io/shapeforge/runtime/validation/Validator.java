package io.shapeforge.runtime.validation;

import java.util.List;

/**
 * Checks every constraint of one shape. Shapeforge generates one reflection-free implementation per
 * structure and union; each reports into a shared {@link Violations} so nested shapes extend the
 * path.
 *
 * <p>The value to check must not be null. On the wire an absent or empty body is {@code {}}, which
 * decodes to an empty model, never to null, so a null here is a bug in the caller, not a client
 * error: it is refused with a {@link NullPointerException} that says so, rather than turned into a
 * 400 the client could do nothing about.
 *
 * @param <T> the model type
 */
public interface Validator<T> {

  /** Reports every violation in {@code value} (not null) below the collector's current path. */
  void validate(T value, Violations violations);

  /** Every violation in {@code value} (not null), in the order found; empty when it is valid. */
  default List<Violation> violationsOf(T value) {
    Violations violations = new Violations();
    validate(requireValue(value), violations);
    return violations.list();
  }

  /**
   * Throws a {@link ValidationException} with every violation in {@code value} (not null), if any.
   */
  default void check(T value) {
    Violations violations = new Violations();
    validate(requireValue(value), violations);
    violations.throwIfAny();
  }

  private T requireValue(T value) {
    if (value == null) {
      throw new NullPointerException(
          getClass().getSimpleName()
              + " was given null to validate; an empty "
              + "request is an empty model (an empty JSON body decodes to one), not null");
    }
    return value;
  }
}
