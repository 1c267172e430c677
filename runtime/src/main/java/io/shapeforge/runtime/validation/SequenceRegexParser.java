package io.shapeforge.runtime.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the subset of Java regular expressions that {@link SequenceRegex} matches, and answers
 * {@code null} for anything else, which then goes to {@link java.util.regex.Pattern}. The subset:
 *
 * <ul>
 *   <li>{@code ^} before anything else and {@code $} after everything else;
 *   <li>literal characters, escaped punctuation ({@code \-}, {@code \.}), {@code \t \n \r \f}, and
 *       {@code \d \w \s} (ASCII, as Java reads them without {@code UNICODE_CHARACTER_CLASS});
 *   <li>classes {@code [...]} of those characters and ranges, not negated, not nested, no {@code
 *       &&};
 *   <li>counts {@code ? * + {n} {n,} {n,m}}, greedy or lazy (whether a match exists does not depend
 *       on it), not possessive;
 *   <li>groups {@code (...)} without {@code |}, flags or a count, as in {@code
 *       ^(oi)-[0-9a-f]{12}$}: they change what is captured, never whether a match exists.
 * </ul>
 *
 * <p>Anything in doubt is refused rather than guessed: {@code .} (it matches code points and
 * excludes line terminators), surrogates, negated classes, alternation, look-around, back
 * references, {@code \p{...}} and {@code \b}. The caller compiles the pattern with {@link
 * java.util.regex.Pattern} first, so an invalid pattern never gets here.
 */
final class SequenceRegexParser {
  /** Larger counts are left to the JDK; none in the SSM model comes near. */
  private static final int MAX_COUNT = 1_000_000;

  private static final CharClass DIGITS = classOf('0', '9');
  private static final CharClass WORD = wordClass();
  private static final CharClass SPACE = spaceClass();

  private final String regex;
  private int at;
  private final List<SequenceRegex.Step> steps = new ArrayList<>();
  private boolean anchoredAtStart;
  private boolean anchoredAtEnd;
  private int openGroups;

  private SequenceRegexParser(String regex) {
    this.regex = regex;
  }

  /** The pattern as a {@link SequenceRegex}, or {@code null} when it is outside the subset. */
  static SequenceRegex parse(String regex) {
    return new SequenceRegexParser(regex).parse();
  }

  private SequenceRegex parse() {
    while (at < regex.length()) {
      char c = regex.charAt(at++);
      if (anchoredAtEnd && c != ')') {
        return null;
      }
      boolean understood =
          switch (c) {
            case '^' -> startAnchor();
            case '$' -> endAnchor();
            case '(' -> openGroup();
            case ')' -> closeGroup();
            case '[' -> step(charClass());
            case '\\' -> step(escape());
            case '|', '.', ']', '{', '}', '*', '+', '?' -> false;
            default -> step(literal(c));
          };
      if (!understood) {
        return null;
      }
    }
    return openGroups == 0 ? new SequenceRegex(steps, anchoredAtStart, anchoredAtEnd) : null;
  }

  private boolean startAnchor() {
    if (anchoredAtStart || !steps.isEmpty() || countFollows()) {
      return false;
    }
    anchoredAtStart = true;
    return true;
  }

  private boolean endAnchor() {
    anchoredAtEnd = true;
    return !countFollows();
  }

  private boolean openGroup() {
    if (at < regex.length() && regex.charAt(at) == '?') {
      return false; // flags, non-capturing groups, look-around
    }
    openGroups++;
    return true;
  }

  private boolean closeGroup() {
    openGroups--;
    return openGroups >= 0 && !countFollows();
  }

  private boolean countFollows() {
    if (at >= regex.length()) {
      return false;
    }
    char c = regex.charAt(at);
    return c == '*' || c == '+' || c == '?' || c == '{';
  }

  /** Adds {@code chars} with the count that follows it, if any; false for a null class. */
  private boolean step(CharClass chars) {
    if (chars == null) {
      return false;
    }
    int min = 1;
    int max = 1;
    if (at < regex.length()) {
      switch (regex.charAt(at)) {
        case '?' -> {
          at++;
          min = 0;
        }
        case '*' -> {
          at++;
          min = 0;
          max = Integer.MAX_VALUE;
        }
        case '+' -> {
          at++;
          max = Integer.MAX_VALUE;
        }
        case '{' -> {
          at++;
          min = number();
          max = min;
          if (min >= 0 && at < regex.length() && regex.charAt(at) == ',') {
            at++;
            max = at < regex.length() && regex.charAt(at) == '}' ? Integer.MAX_VALUE : number();
          }
          if (min < 0 || max < min || at >= regex.length() || regex.charAt(at++) != '}') {
            return false;
          }
        }
        default -> {
          steps.add(new SequenceRegex.Step(chars, 1, 1));
          return true;
        }
      }
      if (at < regex.length()) {
        char mode = regex.charAt(at);
        if (mode == '+') {
          return false; // possessive: it changes whether a match exists
        }
        if (mode == '?') {
          at++; // lazy: it does not
        }
      }
    }
    steps.add(new SequenceRegex.Step(chars, min, max));
    return true;
  }

  /** A decimal count, or -1 when there is none or it is too large. */
  private int number() {
    int start = at;
    long value = 0;
    while (at < regex.length() && regex.charAt(at) >= '0' && regex.charAt(at) <= '9') {
      value = value * 10 + (regex.charAt(at++) - '0');
      if (value > MAX_COUNT) {
        return -1;
      }
    }
    return at == start ? -1 : (int) value;
  }

  /** The class after {@code [}, through its {@code ]}. */
  private CharClass charClass() {
    if (at >= regex.length() || regex.charAt(at) == '^' || regex.charAt(at) == ']') {
      return null;
    }
    CharClass.Builder members = new CharClass.Builder();
    while (at < regex.length()) {
      char c = regex.charAt(at++);
      if (c == ']') {
        return members.build();
      }
      if (c == '[' || c == '&') {
        return null; // nested classes, intersections
      }
      if (c == '\\') {
        CharClass escaped = escape();
        if (escaped == null) {
          return null;
        }
        if (singleCharOf(escaped) < 0) {
          if (rangeFollows()) {
            return null; // [\w-a]: leave the JDK's reading of it to the JDK
          }
          members.addAll(escaped);
          continue;
        }
        c = (char) singleCharOf(escaped);
      } else if (Character.isSurrogate(c)) {
        return null;
      }
      if (rangeFollows()) {
        at++; // the '-'
        int to = rangeEnd();
        if (to < c || !members.add(c, (char) to)) {
          return null;
        }
      } else if (!members.add(c)) {
        return null;
      }
    }
    return null; // no closing ']'
  }

  /** A '-' that makes a range: one not followed by ']', which would make it a literal. */
  private boolean rangeFollows() {
    return at + 1 < regex.length() && regex.charAt(at) == '-' && regex.charAt(at + 1) != ']';
  }

  /** The character ending a range, or -1 when it is not a single character. */
  private int rangeEnd() {
    char c = regex.charAt(at++);
    if (c == '[' || Character.isSurrogate(c)) {
      return -1;
    }
    if (c != '\\') {
      return c;
    }
    CharClass escaped = escape();
    return escaped == null ? -1 : singleCharOf(escaped);
  }

  /**
   * The escape after {@code \}, as a class. Escaped punctuation is literal in Java; letters and
   * digits mean something, and only the few listed here are understood.
   */
  private CharClass escape() {
    if (at >= regex.length()) {
      return null;
    }
    char c = regex.charAt(at++);
    return switch (c) {
      case 'd' -> DIGITS;
      case 'w' -> WORD;
      case 's' -> SPACE;
      case 't' -> literal('\t');
      case 'n' -> literal('\n');
      case 'r' -> literal('\r');
      case 'f' -> literal('\f');
      default -> Character.isLetterOrDigit(c) || c >= 128 ? null : literal(c);
    };
  }

  private static CharClass literal(char c) {
    CharClass.Builder single = new CharClass.Builder();
    return single.add(c) ? single.build() : null;
  }

  /** The one character {@code chars} holds, or -1; only literals built here are asked. */
  private static int singleCharOf(CharClass chars) {
    int found = -1;
    for (char c = 0; c < 128; c++) {
      if (chars.contains(c)) {
        if (found >= 0) {
          return -1;
        }
        found = c;
      }
    }
    return found;
  }

  private static CharClass classOf(char from, char to) {
    CharClass.Builder chars = new CharClass.Builder();
    chars.add(from, to);
    return chars.build();
  }

  private static CharClass wordClass() {
    CharClass.Builder chars = new CharClass.Builder();
    chars.add('a', 'z');
    chars.add('A', 'Z');
    chars.add('0', '9');
    chars.add('_');
    return chars.build();
  }

  /** {@code [ \t\n\x0B\f\r]}, Java's {@code \s} without {@code UNICODE_CHARACTER_CLASS}. */
  private static CharClass spaceClass() {
    CharClass.Builder chars = new CharClass.Builder();
    chars.add(' ');
    chars.add('\t', '\r'); // \t \n \x0B \f \r
    return chars.build();
  }
}
