package io.shapeforge.processor.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the shape of regular expression that makes {@code java.util.regex} backtrack exponentially:
 * a group repeated without bound ({@code *}, {@code +}, <code>{n,}</code>) around something that
 * can match one stretch of text in more than one way, that is, a part that itself repeats ({@code
 * (a+)+}, {@code (a*)*}, {@code (\d?)+}) or alternatives that can start alike ({@code (a|aa)+},
 * {@code (\w|_)*}). On a long value that almost matches, the engine tries every way of splitting
 * it.
 *
 * <p>A possessive outer quantifier ({@code (a+)++}) or an atomic group ({@code (?>a+)+}) never
 * backtracks into the group, and lookarounds are not repeated text, so those are not reported. The
 * check reads the expression syntactically and errs on the side of reporting: alternatives are told
 * apart only by a literal first character.
 *
 * <pre>{@code
 * BacktrackingPatterns.riskyGroup("^(a+)+$");       // Optional["(a+)+"]
 * BacktrackingPatterns.riskyGroup("^[0-9a-f]{8}$"); // Optional.empty()
 * }</pre>
 */
public final class BacktrackingPatterns {
  /** Stands for a first character the check cannot pin down: a class, a dot, an escape like \d. */
  private static final int ANY = -1;

  /** Stands for an alternative that can be empty. */
  private static final int EMPTY = -2;

  private final String regex;
  private int pos;
  private String found;

  /** The content of the group {@link #atom} just read, or null when the atom was no plain group. */
  private Content lastGroup;

  private BacktrackingPatterns(String regex) {
    this.regex = regex;
  }

  /**
   * The first group, as written with its quantifier, that can backtrack exponentially; empty when
   * there is none. {@code regex} must compile.
   */
  public static Optional<String> riskyGroup(String regex) {
    BacktrackingPatterns scan = new BacktrackingPatterns(regex);
    scan.sequence();
    return Optional.ofNullable(scan.found);
  }

  /** What a sequence (a group's content, or the whole expression) can do. */
  private static final class Content {
    /** Something inside repeats a variable number of times. */
    boolean repeats;

    /** Its top-level alternatives can begin with the same character. */
    boolean overlappingAlternatives;
  }

  /** Reads up to an unmatched ')' or the end. */
  private Content sequence() {
    Content content = new Content();
    List<Integer> firsts = new ArrayList<>();
    int first = EMPTY;
    boolean atStart = true;
    while (pos < regex.length() && regex.charAt(pos) != ')') {
      char c = regex.charAt(pos);
      if (c == '|') {
        firsts.add(first);
        first = EMPTY;
        atStart = true;
        pos++;
        continue;
      }
      int atomStart = pos;
      int atomFirst = atom(content);
      boolean zeroWidth = atomFirst == EMPTY;
      Quantifier quantifier = quantifier();
      if (quantifier.variable) {
        content.repeats = true;
      }
      if (atStart && !zeroWidth) {
        first = quantifier.optional ? ANY : atomFirst;
        atStart = false;
      }
      if (regex.charAt(atomStart) == '(' && quantifier.unbounded && !quantifier.possessive) {
        reportIfRisky(atomStart);
      }
    }
    firsts.add(first);
    content.overlappingAlternatives = overlap(firsts);
    return content;
  }

  private void reportIfRisky(int groupStart) {
    if (found == null
        && lastGroup != null
        && (lastGroup.repeats || lastGroup.overlappingAlternatives)) {
      found = regex.substring(groupStart, pos);
    }
  }

  /**
   * Reads one atom and returns its first character, {@link #ANY}, or {@link #EMPTY} when it matches
   * no text (an anchor or a lookaround). A group's content is left in {@link #lastGroup}.
   */
  private int atom(Content enclosing) {
    lastGroup = null;
    char c = regex.charAt(pos);
    switch (c) {
      case '(':
        return group(enclosing);
      case '[':
        skipClass();
        return ANY;
      case '\\':
        return escape();
      case '.':
        pos++;
        return ANY;
      case '^':
      case '$':
        pos++;
        return EMPTY;
      default:
        pos++;
        return c;
    }
  }

  private int group(Content enclosing) {
    pos++; // '('
    boolean zeroWidth = false;
    boolean atomic = false;
    if (regex.startsWith("?", pos)) {
      if (regex.startsWith("?=", pos)
          || regex.startsWith("?!", pos)
          || regex.startsWith("?<=", pos)
          || regex.startsWith("?<!", pos)) {
        zeroWidth = true;
      } else if (regex.startsWith("?>", pos)) {
        atomic = true;
      }
      skipGroupHeader();
    }
    Content inner = sequence();
    if (pos < regex.length()) {
      pos++; // ')'
    }
    if (inner.repeats && !zeroWidth) {
      enclosing.repeats = true;
    }
    lastGroup = zeroWidth || atomic ? null : inner;
    return zeroWidth ? EMPTY : ANY;
  }

  /** Skips {@code ?:}, {@code ?<name>}, {@code ?=}, {@code ?i:} and the like, up to the content. */
  private void skipGroupHeader() {
    pos++; // '?'
    if (regex.startsWith("<", pos)
        && !regex.startsWith("<=", pos)
        && !regex.startsWith("<!", pos)) {
      pos = regex.indexOf('>', pos) + 1;
      return;
    }
    while (pos < regex.length() && ":=!><)".indexOf(regex.charAt(pos)) < 0) {
      pos++; // inline flags such as i or -s
    }
    if (pos < regex.length() && regex.charAt(pos) != ')') {
      pos++;
      if (pos < regex.length()
          && (regex.charAt(pos - 1) == '<')
          && "=!".indexOf(regex.charAt(pos)) >= 0) {
        pos++;
      }
    }
  }

  private int escape() {
    pos++; // '\'
    if (pos >= regex.length()) {
      return ANY;
    }
    char c = regex.charAt(pos);
    if (c == 'Q') {
      int end = regex.indexOf("\\E", pos);
      int first = pos + 1 < regex.length() && pos + 1 != end ? regex.charAt(pos + 1) : EMPTY;
      pos = end < 0 ? regex.length() : end + 2;
      return first;
    }
    pos++;
    if ("bBAGzZ".indexOf(c) >= 0) {
      return EMPTY;
    }
    if (Character.isLetterOrDigit(c)) {
      if ((c == 'p' || c == 'P' || c == 'x' || c == 'N')
          && pos < regex.length()
          && regex.charAt(pos) == '{') {
        pos = regex.indexOf('}', pos) + 1;
      }
      return ANY; // \d, \w, \s, \p{..}, \x41, \u0041, back references: not pinned down
    }
    return c; // an escaped literal such as \- or \.
  }

  private void skipClass() {
    int depth = 0;
    do {
      char c = regex.charAt(pos);
      if (c == '\\') {
        pos += 2;
        continue;
      }
      if (c == '[') {
        depth++;
        pos++;
        if (pos < regex.length() && regex.charAt(pos) == '^') {
          pos++;
        }
        if (pos < regex.length() && regex.charAt(pos) == ']') {
          pos++; // a ']' first in a class is a literal
        }
        continue;
      }
      if (c == ']') {
        depth--;
      }
      pos++;
    } while (depth > 0 && pos < regex.length());
  }

  /** How an atom is repeated. */
  private record Quantifier(
      boolean variable, boolean unbounded, boolean optional, boolean possessive) {}

  private Quantifier quantifier() {
    if (pos >= regex.length()) {
      return new Quantifier(false, false, false, false);
    }
    char c = regex.charAt(pos);
    boolean variable;
    boolean unbounded;
    boolean optional;
    if (c == '*' || c == '+' || c == '?') {
      pos++;
      variable = true;
      unbounded = c != '?';
      optional = c != '+';
    } else if (c == '{' && regex.indexOf('}', pos) > pos) {
      int end = regex.indexOf('}', pos);
      String[] bounds = regex.substring(pos + 1, end).split(",", -1);
      pos = end + 1;
      int min = Integer.parseInt(bounds[0].trim());
      unbounded = bounds.length == 2 && bounds[1].isBlank();
      variable = bounds.length == 2 && (unbounded || Integer.parseInt(bounds[1].trim()) > min);
      optional = min == 0;
    } else {
      return new Quantifier(false, false, false, false);
    }
    boolean possessive = false;
    if (pos < regex.length() && (regex.charAt(pos) == '?' || regex.charAt(pos) == '+')) {
      possessive = regex.charAt(pos) == '+';
      pos++;
    }
    return new Quantifier(variable, unbounded, optional, possessive);
  }

  private static boolean overlap(List<Integer> firsts) {
    if (firsts.size() < 2) {
      return false;
    }
    Set<Integer> seen = new HashSet<>();
    for (int first : firsts) {
      if (first == ANY || first == EMPTY || !seen.add(first)) {
        return true;
      }
    }
    return false;
  }
}
