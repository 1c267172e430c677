package io.shapeforge.processor.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One constraint on a member or on a list's elements, with its bounds exactly as written in the
 * spec (unchecked: the {@code check} stage judges them).
 */
public sealed interface Constraint {

  /**
   * {@code @Length}: bounds of a string's length, a list's or map's size or a blob's bytes,
   * inclusive.
   */
  record Length(int min, int max) implements Constraint {
    /** Whether a minimum other than the default 0 was given. */
    public boolean hasMin() {
      return min != 0;
    }

    /** Whether a maximum other than the default {@code Integer.MAX_VALUE} was given. */
    public boolean hasMax() {
      return max != Integer.MAX_VALUE;
    }
  }

  /**
   * {@code @Range}: bounds of a number, inclusive, as the decimal literals the spec wrote; an empty
   * bound is open.
   */
  record Range(String min, String max) implements Constraint {
    /** Whether a minimum was given. */
    public boolean hasMin() {
      return !min.isEmpty();
    }

    /** Whether a maximum was given. */
    public boolean hasMax() {
      return !max.isEmpty();
    }

    /** The minimum, if given and a number. */
    public Optional<BigDecimal> minValue() {
      return decimal(min);
    }

    /** The maximum, if given and a number. */
    public Optional<BigDecimal> maxValue() {
      return decimal(max);
    }

    /** {@code text} as a number, if it is one; the one rule for what a bound may be. */
    public static Optional<BigDecimal> decimal(String text) {
      if (text.isEmpty() || !text.strip().equals(text)) {
        return Optional.empty();
      }
      try {
        return Optional.of(new BigDecimal(text));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
  }

  /** {@code @Pattern}: a regular expression a string must contain a match of. */
  record Pattern(String regex) implements Constraint {}

  /** {@code @UniqueItems}: a list's elements must be distinct. */
  record UniqueItems() implements Constraint {}

  /**
   * {@code @Sparse} written at this place. The type carries its effect ({@code ListOf.sparse()});
   * this records where it was written, so the check stage can refuse it on a type it does not fit.
   */
  record SparseWritten() implements Constraint {}

  /**
   * {@code @TimestampFormat} written at this place; as {@link SparseWritten}, for the check stage.
   */
  record TimestampFormatWritten() implements Constraint {}
}
