package io.shapeforge.runtime.validation;

import java.util.Arrays;
import java.util.List;

/**
 * A regular expression made only of an optional {@code ^}, character classes with counts, and an
 * optional {@code $}, matched with the semantics of {@link java.util.regex.Matcher#find()} (see
 * {@link SequenceRegexParser} for the subset).
 *
 * <p>Whether some match exists does not depend on greedy or lazy counts, so no backtracking is
 * needed:
 *
 * <ul>
 *   <li>When every class has a fixed count (the UUID and {@code mw-[0-9a-f]{17}} patterns), each
 *       candidate start is checked character by character, allocating nothing.
 *   <li>Otherwise the set of positions where each class can end is computed from the set where it
 *       can start, as a bit set over the positions of the value: O(classes x length), whatever the
 *       input, and two small {@code long[]} per call.
 * </ul>
 *
 * <p>{@code $} follows {@link java.util.regex.Pattern} without {@code MULTILINE}: it matches at the
 * end of the value or before one line terminator that ends it ({@code \n}, {@code \r\n}, {@code
 * \r}, {@code \u0085}, {@code \u2028}, {@code \u2029}), but not between {@code \r} and {@code \n}.
 */
final class SequenceRegex implements RegexFinder {

  /** One character class and its count; {@code max} is {@link Integer#MAX_VALUE} when unbounded. */
  record Step(CharClass chars, int min, int max) {}

  private final CharClass[] classes;
  private final int[] mins;
  private final int[] maxes;
  private final boolean anchoredAtStart;
  private final boolean anchoredAtEnd;

  /** The length of every match, or -1 when some count varies. */
  private final int fixedWidth;

  SequenceRegex(List<Step> steps, boolean anchoredAtStart, boolean anchoredAtEnd) {
    int n = steps.size();
    this.classes = new CharClass[n];
    this.mins = new int[n];
    this.maxes = new int[n];
    long width = 0;
    boolean fixed = true;
    for (int i = 0; i < n; i++) {
      Step step = steps.get(i);
      classes[i] = step.chars();
      mins[i] = step.min();
      maxes[i] = step.max();
      fixed &= step.min() == step.max();
      width += step.min();
    }
    this.anchoredAtStart = anchoredAtStart;
    this.anchoredAtEnd = anchoredAtEnd;
    this.fixedWidth = fixed && width <= Integer.MAX_VALUE / 2 ? (int) width : -1;
  }

  @Override
  public boolean find(String value) {
    return fixedWidth >= 0 ? findFixedWidth(value) : findVariableWidth(value);
  }

  private boolean findFixedWidth(String value) {
    int lastStart = anchoredAtStart ? 0 : value.length() - fixedWidth;
    for (int start = 0; start <= lastStart; start++) {
      int end = start + fixedWidth;
      if (end <= value.length()
          && (!anchoredAtEnd || endsAt(value, end))
          && matchesFixedAt(value, start)) {
        return true;
      }
    }
    return false;
  }

  private boolean matchesFixedAt(String value, int start) {
    int position = start;
    for (int i = 0; i < classes.length; i++) {
      CharClass chars = classes[i];
      for (int end = position + mins[i]; position < end; position++) {
        if (!chars.contains(value.charAt(position))) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Walks the classes in order, carrying the set of positions a match can have reached; a class
   * with count {@code min..max} takes position {@code p} to {@code p+min..p+min(max, run(p))},
   * where {@code run(p)} is how many characters of the class follow {@code p}.
   */
  private boolean findVariableWidth(String value) {
    int length = value.length();
    long[] reached = new long[(length >>> 6) + 1]; // positions 0..length
    long[] next = new long[reached.length];
    if (anchoredAtStart) {
      reached[0] = 1L;
    } else {
      setRange(reached, 0, length);
    }
    for (int i = 0; i < classes.length; i++) {
      CharClass chars = classes[i];
      int min = mins[i];
      int max = maxes[i];
      Arrays.fill(next, 0L);
      boolean any = false;
      int run = 0;
      for (int p = length; p >= 0; p--) {
        run = p < length && chars.contains(value.charAt(p)) ? run + 1 : 0;
        if ((reached[p >>> 6] & (1L << p)) != 0) {
          int longest = Math.min(run, max);
          if (longest >= min) {
            setRange(next, p + min, p + longest);
            any = true;
          }
        }
      }
      if (!any) {
        return false;
      }
      long[] swap = reached;
      reached = next;
      next = swap;
    }
    if (!anchoredAtEnd) {
      return true; // every step left some position reached
    }
    for (int end = Math.max(0, length - 2); end <= length; end++) {
      if ((reached[end >>> 6] & (1L << end)) != 0 && endsAt(value, end)) {
        return true;
      }
    }
    return false;
  }

  /** Sets bits {@code from..to}, inclusive. */
  private static void setRange(long[] bits, int from, int to) {
    int first = from >>> 6;
    int last = to >>> 6;
    for (int word = first; word <= last; word++) {
      long mask = -1L;
      if (word == first) {
        mask &= -1L << from;
      }
      if (word == last) {
        mask &= -1L >>> (63 - (to & 63));
      }
      bits[word] |= mask;
    }
  }

  /** Where {@code $} matches, as {@code java.util.regex.Pattern.Dollar} decides without flags. */
  private static boolean endsAt(String value, int position) {
    int length = value.length();
    if (position == length) {
      return true;
    }
    if (position == length - 1) {
      char c = value.charAt(position);
      if (c == '\n') {
        return position == 0 || value.charAt(position - 1) != '\r';
      }
      return c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
    return position == length - 2
        && value.charAt(position) == '\r'
        && value.charAt(position + 1) == '\n';
  }
}
