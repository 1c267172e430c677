package io.shapeforge.runtime.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The constraints on a string: {@code @Length}, {@code @Pattern} and an enum's value set.
 *
 * <pre>{@code
 * static final StringConstraint WINDOW_EXECUTION_ID =
 *     StringConstraint.of().length(36, 36).pattern("^[0-9a-fA-F]{8}\\-...$");
 * }</pre>
 *
 * <p><b>Length counts Unicode code points</b>, as Smithy's {@code @length} specifies for strings
 * ("the number of Unicode scalar values"), not UTF-16 units: {@code "😀"} has length 1.
 *
 * <p><b>Order and the backtracking guard.</b> A value longer than its maximum is reported for its
 * length only and never reaches the regular expression, so a pattern never runs on more than {@code
 * max} code points. Any other value is matched, and a value that is too short <em>and</em> does not
 * match gets both violations, pattern first, as AWS reports them (DynamoDB: {@code 2 validation
 * errors detected: Value '' at 'tableName' failed to satisfy constraint: Member must satisfy
 * regular expression pattern: [a-zA-Z0-9_.-]+; Value '' at 'tableName' failed to satisfy
 * constraint: Member must have length greater than or equal to 3}).
 *
 * <p>Instances are immutable; each method returns a new one.
 */
public final class StringConstraint implements ValueConstraint<String> {
  private static final StringConstraint NONE =
      new StringConstraint(-1, Integer.MAX_VALUE, null, null, null, null, false);

  private final int min;
  private final int max;
  private final RegexFinder pattern;
  private final String patternText;
  private final Set<String> enumValues;
  private final String enumListing;
  private final boolean sensitive;
  private final List<String> texts;

  private StringConstraint(
      int min,
      int max,
      RegexFinder pattern,
      String patternText,
      Set<String> enumValues,
      String enumListing,
      boolean sensitive) {
    this.min = min;
    this.max = max;
    this.pattern = pattern;
    this.patternText = patternText;
    this.enumValues = enumValues;
    this.enumListing = enumListing;
    this.sensitive = sensitive;
    this.texts = listTexts();
  }

  /** No constraint yet. */
  public static StringConstraint of() {
    return NONE;
  }

  /**
   * Bounds the length in code points, inclusive; {@code Integer.MAX_VALUE} leaves it open above.
   */
  public StringConstraint length(int min, int max) {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("bad length bounds " + min + ".." + max);
    }
    return new StringConstraint(min, max, pattern, patternText, enumValues, enumListing, sensitive);
  }

  /**
   * The value must contain a match of {@code regex} (Smithy's {@code find()} semantics). Simple
   * patterns are matched without {@code java.util.regex}, with the same answers (see {@link
   * RegexFinder}). The pattern is compiled when a value first reaches it, so an invalid {@code
   * regex} throws {@link java.util.regex.PatternSyntaxException} then, not here.
   */
  public StringConstraint pattern(String regex) {
    return new StringConstraint(
        min, max, RegexFinder.lazy(regex), regex, enumValues, enumListing, sensitive);
  }

  /**
   * The value must be one of {@code values}.
   *
   * @param listing the values as AWS lists them, such as {@code [PENDING, SUCCESS]}
   */
  public StringConstraint enumValues(Set<String> values, String listing) {
    return new StringConstraint(
        min, max, pattern, patternText, Set.copyOf(values), listing, sensitive);
  }

  /** Marks the value {@code @Sensitive}: messages leave it out. */
  public StringConstraint sensitive() {
    return new StringConstraint(min, max, pattern, patternText, enumValues, enumListing, true);
  }

  @Override
  public boolean isSensitive() {
    return sensitive;
  }

  @Override
  public boolean accepts(String value) {
    if (min >= 0) {
      int length = codePointLength(value);
      if (length < min || length > max) {
        return false;
      }
    }
    return (pattern == null || pattern.find(value))
        && (enumValues == null || enumValues.contains(value));
  }

  @Override
  public void report(Violations violations, String member, String value) {
    int length = min >= 0 ? codePointLength(value) : 0;
    if (min >= 0 && length > max) {
      violations.add(
          member, value, ConstraintKind.MAX_LENGTH, ConstraintTexts.maxLength(max), sensitive);
    } else {
      if (pattern != null && !pattern.find(value)) {
        violations.add(
            member, value, ConstraintKind.PATTERN, ConstraintTexts.pattern(patternText), sensitive);
      }
      if (min >= 0 && length < min) {
        violations.add(
            member, value, ConstraintKind.MIN_LENGTH, ConstraintTexts.minLength(min), sensitive);
      }
    }
    if (enumValues != null && !enumValues.contains(value)) {
      violations.add(
          member, value, ConstraintKind.ENUM, ConstraintTexts.enumSet(enumListing), sensitive);
    }
  }

  @Override
  public List<String> texts() {
    return texts;
  }

  /**
   * The length in code points, or the UTF-16 length when that alone proves the value within bounds:
   * a string of {@code n} units has between {@code ceil(n / 2)} and {@code n} code points, so most
   * values are never counted.
   */
  private int codePointLength(String value) {
    int units = value.length();
    if (units <= max && (units + 1) / 2 >= min) {
      return units;
    }
    return value.codePointCount(0, units);
  }

  /** Max length, min length, pattern, enum: the order of Lambda's and ACM's listings. */
  private List<String> listTexts() {
    List<String> all = new ArrayList<>(4);
    if (min >= 0) {
      if (max != Integer.MAX_VALUE) {
        all.add(ConstraintTexts.maxLength(max));
      }
      all.add(ConstraintTexts.minLength(min));
    }
    if (pattern != null) {
      all.add(ConstraintTexts.pattern(patternText));
    }
    if (enumValues != null) {
      all.add(ConstraintTexts.enumSet(enumListing));
    }
    return List.copyOf(all);
  }
}
