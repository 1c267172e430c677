package io.shapeforge.processor.model;

import java.math.BigDecimal;

/**
 * One constraint on a member or on a list's elements, with its bounds exactly as written in the
 * spec (unchecked: the {@code check} stage judges them).
 */
public sealed interface Constraint {

  /** {@code @Length}: bounds of a string's length or a list's size, inclusive. */
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
   * {@code @Range}: bounds of a number, inclusive, as the spec wrote them ({@code ""} is open).
   *
   * @param minText the minimum as written, such as {@code "10"} or {@code "0.01"}
   * @param maxText the maximum as written
   */
  record Range(String minText, String maxText) implements Constraint {
    /** Whether a minimum was given. */
    public boolean hasMin() {
      return !minText.isBlank();
    }

    /** Whether a maximum was given. */
    public boolean hasMax() {
      return !maxText.isBlank();
    }

    /** The minimum, or {@code null} when open or not a number. */
    public BigDecimal minDecimal() {
      return decimal(minText);
    }

    /** The maximum, or {@code null} when open or not a number. */
    public BigDecimal maxDecimal() {
      return decimal(maxText);
    }

    /** The minimum as a {@code long}; {@code Long.MIN_VALUE} when open or not a whole number. */
    public long min() {
      return whole(minText, Long.MIN_VALUE);
    }

    /** The maximum as a {@code long}; {@code Long.MAX_VALUE} when open or not a whole number. */
    public long max() {
      return whole(maxText, Long.MAX_VALUE);
    }

    private static BigDecimal decimal(String text) {
      try {
        return text.isBlank() ? null : new BigDecimal(text.strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }

    private static long whole(String text, long open) {
      BigDecimal value = decimal(text);
      try {
        return value == null ? open : value.longValueExact();
      } catch (ArithmeticException e) {
        return open;
      }
    }
  }

  /** {@code @Pattern}: a regular expression a string must contain a match of. */
  record Pattern(String regex) implements Constraint {}
}
