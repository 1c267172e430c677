package io.shapeforge.runtime.validation;

import java.util.List;

/**
 * Checks every constraint of one shape. Shapeforge generates one reflection-free implementation
 * per structure; each reports into a shared {@link Violations} so nested shapes extend the path.
 *
 * @param <T> the model type
 */
public interface Validator<T> {

  /** Reports every violation in {@code value} (not null) below the collector's current path. */
  void validate(T value, Violations violations);

  /** Every violation in {@code value}, in the order found; empty when it is valid. */
  default List<Violation> violationsOf(T value) {
    Violations violations = new Violations();
    validate(value, violations);
    return violations.list();
  }

  /** Throws a {@link ValidationException} with every violation in {@code value}, if any. */
  default void check(T value) {
    Violations violations = new Violations();
    validate(value, violations);
    violations.throwIfAny();
  }
}
