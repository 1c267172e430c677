package io.shapeforge.runtime.validation;

import java.util.List;

/**
 * Every constraint on one value (a member, a list element, a map key or a map value), compiled once
 * into a {@code static final} field of a generated validator.
 *
 * <p>The two ways AWS reports a broken constraint both need it: a member reports each broken
 * constraint on its own ({@link #report}), while the elements of a list of scalars and the keys and
 * values of a map are reported once, at the collection, with every constraint of the element listed
 * ({@link #texts}):
 *
 * <pre>
 * Value '[GET, POST, OPTIONS]' at 'cors.allowMethods' failed to satisfy constraint: Member must
 * satisfy constraint: [Member must have length less than or equal to 6, Member must have length
 * greater than or equal to 0, Member must satisfy regular expression pattern: .*]
 * </pre>
 *
 * @param <T> the type of the value
 */
public interface ValueConstraint<T> {

  /** Whether {@code value} (not null) satisfies every constraint; allocates nothing. */
  boolean accepts(T value);

  /**
   * Reports each constraint that {@code value} (not null) breaks, at {@code member} below the
   * collector's current path ({@code null} for the current path itself), in AWS's order.
   */
  void report(Violations violations, String member, T value);

  /** The text of every constraint, in the order AWS lists them; empty when there is none. */
  List<String> texts();

  /** Whether the value is {@code @Sensitive}: messages then leave it out. */
  boolean isSensitive();

  /** No constraint at all, for an element that only must not be null. */
  @SuppressWarnings("unchecked")
  static <T> ValueConstraint<T> none() {
    return (ValueConstraint<T>) Unconstrained.PLAIN;
  }

  /** No constraint, for a sensitive element that only must not be null. */
  @SuppressWarnings("unchecked")
  static <T> ValueConstraint<T> noneSensitive() {
    return (ValueConstraint<T>) Unconstrained.SENSITIVE;
  }
}
