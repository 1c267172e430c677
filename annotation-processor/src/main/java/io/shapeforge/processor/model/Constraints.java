package io.shapeforge.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * The constraints on one value (a member, or each element of a list member), at most one of each
 * kind.
 *
 * @param all every constraint in spec order
 */
public record Constraints(List<Constraint> all) {

  /** No constraints. */
  public static final Constraints NONE = new Constraints(List.of());

  public Constraints {
    all = List.copyOf(all);
  }

  /** The {@code @Length}, if any. */
  public Optional<Constraint.Length> length() {
    return find(Constraint.Length.class);
  }

  /** The {@code @Range}, if any. */
  public Optional<Constraint.Range> range() {
    return find(Constraint.Range.class);
  }

  /** The {@code @Pattern}, if any. */
  public Optional<Constraint.Pattern> pattern() {
    return find(Constraint.Pattern.class);
  }

  /**
   * Whether any constraint that a validator checks is present: length, range, pattern, unique
   * items.
   */
  public boolean anyChecked() {
    return length().isPresent() || range().isPresent() || pattern().isPresent() || uniqueItems();
  }

  /** Whether {@code @Sparse} was written here. */
  public boolean sparseWritten() {
    return find(Constraint.SparseWritten.class).isPresent();
  }

  /** Whether {@code @TimestampFormat} was written here. */
  public boolean timestampFormatWritten() {
    return find(Constraint.TimestampFormatWritten.class).isPresent();
  }

  /** Whether {@code @UniqueItems} is present. */
  public boolean uniqueItems() {
    return find(Constraint.UniqueItems.class).isPresent();
  }

  private <C extends Constraint> Optional<C> find(Class<C> kind) {
    return all.stream().filter(kind::isInstance).map(kind::cast).findFirst();
  }
}
