package io.shapeforge.processor.model;

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

  /** {@code @Range}: bounds of a number, inclusive. */
  record Range(long min, long max) implements Constraint {
    /** Whether a minimum other than the default {@code Long.MIN_VALUE} was given. */
    public boolean hasMin() {
      return min != Long.MIN_VALUE;
    }

    /** Whether a maximum other than the default {@code Long.MAX_VALUE} was given. */
    public boolean hasMax() {
      return max != Long.MAX_VALUE;
    }
  }

  /** {@code @Pattern}: a regular expression a string must contain a match of. */
  record Pattern(String regex) implements Constraint {}
}
