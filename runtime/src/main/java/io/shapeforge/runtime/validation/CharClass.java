package io.shapeforge.runtime.validation;

import java.util.Arrays;

/**
 * A set of BMP characters, none of them a surrogate, as {@link SequenceRegex} tests them: ASCII
 * through a 128-bit mask (one shift and one AND per character), anything else through a short list
 * of ranges.
 *
 * <p>Surrogates are kept out on purpose: a class made only of BMP characters cannot match either
 * half of a surrogate pair nor the code point the pair makes, so testing {@code char}s gives the
 * same answer as {@link java.util.regex.Pattern}, which tests code points.
 */
final class CharClass {
  private final long lowAscii;
  private final long highAscii;
  private final char[] ranges;

  private CharClass(long lowAscii, long highAscii, char[] ranges) {
    this.lowAscii = lowAscii;
    this.highAscii = highAscii;
    this.ranges = ranges;
  }

  boolean contains(char c) {
    if (c < 64) {
      return (lowAscii & (1L << c)) != 0;
    }
    if (c < 128) {
      return (highAscii & (1L << c)) != 0; // a long shift counts modulo 64
    }
    for (int i = 0; i < ranges.length; i += 2) {
      if (c >= ranges[i] && c <= ranges[i + 1]) {
        return true;
      }
    }
    return false;
  }

  /** Collects characters and ranges; refuses surrogates, which the caller leaves to the JDK. */
  static final class Builder {
    private long lowAscii;
    private long highAscii;
    private char[] ranges = new char[0];

    /** Adds {@code from..to}, inclusive; false if the range touches a surrogate. */
    boolean add(char from, char to) {
      if (to >= Character.MIN_SURROGATE && from <= Character.MAX_SURROGATE) {
        return false;
      }
      for (int c = from; c <= Math.min(to, 127); c++) {
        if (c < 64) {
          lowAscii |= 1L << c;
        } else {
          highAscii |= 1L << c;
        }
      }
      if (to >= 128) {
        ranges = Arrays.copyOf(ranges, ranges.length + 2);
        ranges[ranges.length - 2] = (char) Math.max(from, 128);
        ranges[ranges.length - 1] = to;
      }
      return true;
    }

    boolean add(char c) {
      return add(c, c);
    }

    void addAll(CharClass other) {
      lowAscii |= other.lowAscii;
      highAscii |= other.highAscii;
      for (int i = 0; i < other.ranges.length; i += 2) {
        add(other.ranges[i], other.ranges[i + 1]);
      }
    }

    CharClass build() {
      return new CharClass(lowAscii, highAscii, ranges.clone());
    }
  }
}
