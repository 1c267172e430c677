package io.shapeforge.runtime.validation;

import java.util.List;
import java.util.Set;

/**
 * The value set of an int enum shape, checked on the raw wire integer so that an unknown value is
 * reported, never a parse failure: {@code Member must satisfy enum value set: [1, 5]}.
 *
 * <pre>{@code
 * static final IntEnumConstraint PRIORITY = IntEnumConstraint.of(Priority.WIRE_VALUES, "[1, 5]");
 * }</pre>
 */
public final class IntEnumConstraint implements ValueConstraint<Integer> {
  private final Set<Integer> values;
  private final String listing;
  private final boolean sensitive;
  private final List<String> texts;

  private IntEnumConstraint(Set<Integer> values, String listing, boolean sensitive) {
    this.values = Set.copyOf(values);
    this.listing = listing;
    this.sensitive = sensitive;
    this.texts = List.of(ConstraintTexts.enumSet(listing));
  }

  /**
   * @param values the wire values
   * @param listing the values as AWS lists them, such as {@code [1, 5]}
   */
  public static IntEnumConstraint of(Set<Integer> values, String listing) {
    return new IntEnumConstraint(values, listing, false);
  }

  /** Marks the value {@code @Sensitive}: messages leave it out. */
  public IntEnumConstraint sensitive() {
    return new IntEnumConstraint(values, listing, true);
  }

  @Override
  public boolean isSensitive() {
    return sensitive;
  }

  @Override
  public boolean accepts(Integer value) {
    return values.contains(value);
  }

  @Override
  public void report(Violations violations, String member, Integer value) {
    violations.add(member, value, ConstraintKind.ENUM, ConstraintTexts.enumSet(listing), sensitive);
  }

  @Override
  public List<String> texts() {
    return texts;
  }
}
