package io.shapeforge.runtime.validation;

import io.shapeforge.runtime.value.Blob;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Collects the violations of one validation pass.
 *
 * <p>A validator descends with {@link #enter(String)} and {@link #enterElement(int)} and climbs
 * back with {@link #exit()} and {@link #exitElement()}. The path is kept as a stack of segments and
 * only joined into text when a check fails, so validating a valid object allocates nothing beyond
 * this collector.
 *
 * <p>Each check names the member it tests, relative to the current path, and does nothing for an
 * absent value: absence is {@link #required(String, Object)}'s job.
 *
 * <pre>{@code
 * Violations v = new Violations();
 * v.required("windowExecutionId", request.windowExecutionId());
 * v.range("maxResults", request.maxResults(), 10, 100);
 * v.throwIfAny();
 * }</pre>
 *
 * <p>Not thread-safe: use one per validation pass.
 */
public final class Violations {
  private static final String ELEMENT_MEMBER = "member";

  private String[] segments = new String[16];
  private int[] indices = new int[16];
  private int depth;
  private List<Violation> found;

  /** Descends into a member. */
  public void enter(String member) {
    push(member, 0);
  }

  /** Descends into the list element at a 1-based index, as in {@code filters.1.member}. */
  public void enterElement(int oneBasedIndex) {
    push(null, oneBasedIndex);
    push(ELEMENT_MEMBER, 0);
  }

  /** Climbs out of the last {@link #enter(String)}. */
  public void exit() {
    pop(1);
  }

  /** Climbs out of the last {@link #enterElement(int)}. */
  public void exitElement() {
    pop(2);
  }

  /** Reports an absent required member. */
  public void required(String member, Object value) {
    if (value == null) {
      add(member, null, ConstraintKind.REQUIRED, "Member must not be null");
    }
  }

  /**
   * Checks a string's length. Returns whether the value is absent or within bounds, so that a
   * pattern is only tried on a value of sane length.
   */
  public boolean length(String member, CharSequence value, int min, int max) {
    return value == null || lengthWithin(member, value, value.length(), min, max);
  }

  /** Checks a list's size; returns whether the value is absent or within bounds. */
  public boolean size(String member, Collection<?> value, int min, int max) {
    return value == null || lengthWithin(member, value, value.size(), min, max);
  }

  /** Checks a number's range. */
  public void range(String member, Number value, long min, long max) {
    if (value == null) {
      return;
    }
    long number = value.longValue();
    if (number < min) {
      add(member, value, ConstraintKind.MIN_VALUE, "Member must have value greater than or equal to " + min);
    } else if (number > max) {
      add(member, value, ConstraintKind.MAX_VALUE, "Member must have value less than or equal to " + max);
    }
  }

  /**
   * Checks that a string contains a match of a pattern, as Smithy's {@code @pattern} specifies.
   *
   * @param asWritten the expression as the spec wrote it, for the message
   */
  public void pattern(String member, String value, Pattern pattern, String asWritten) {
    if (value != null && !pattern.matcher(value).find()) {
      add(member, value, ConstraintKind.PATTERN, "Member must satisfy regular expression pattern: " + asWritten);
    }
  }

  /**
   * Checks that a raw wire string is one of an enum's values.
   *
   * @param known the wire values
   * @param listing the values as AWS lists them, such as {@code [PENDING, SUCCESS]}
   */
  public void enumValue(String member, String value, Set<String> known, String listing) {
    if (value != null && !known.contains(value)) {
      add(member, value, ConstraintKind.ENUM, "Member must satisfy enum value set: " + listing);
    }
  }

  /** Checks a map's size; returns whether the value is absent or within bounds. */
  public boolean size(String member, Map<?, ?> value, int min, int max) {
    return value == null || lengthWithin(member, value, value.size(), min, max);
  }

  /** Checks a blob's length in bytes; returns whether the value is absent or within bounds. */
  public boolean length(String member, Blob value, int min, int max) {
    return value == null || lengthWithin(member, value, value.size(), min, max);
  }

  /**
   * Checks the range of a number of any kind against decimal bounds, as {@code @Range} on a
   * {@code Float}, {@code Double}, {@code BigInteger} or {@code BigDecimal} needs. A {@code null}
   * bound is open. {@code NaN} is in no range; the infinities are beyond every bound.
   */
  public void range(String member, Number value, BigDecimal min, BigDecimal max) {
    if (value == null) {
      return;
    }
    if (value instanceof Double || value instanceof Float) {
      double number = value.doubleValue();
      if (Double.isNaN(number)) {
        reportRange(member, value, min, max, min != null, max != null);
        return;
      }
      if (Double.isInfinite(number)) {
        reportRange(member, value, min, max, number < 0 && min != null, number > 0 && max != null);
        return;
      }
    }
    BigDecimal number = value instanceof BigDecimal decimal ? decimal
        : value instanceof BigInteger integer ? new BigDecimal(integer)
        : value instanceof Double || value instanceof Float ? new BigDecimal(value.toString())
        : BigDecimal.valueOf(value.longValue());
    reportRange(member, value, min, max, min != null && number.compareTo(min) < 0, max != null && number.compareTo(max) > 0);
  }

  private void reportRange(String member, Number value, BigDecimal min, BigDecimal max, boolean below, boolean above) {
    if (below) {
      add(member, value, ConstraintKind.MIN_VALUE, "Member must have value greater than or equal to " + min.toPlainString());
    } else if (above) {
      add(member, value, ConstraintKind.MAX_VALUE, "Member must have value less than or equal to " + max.toPlainString());
    }
  }

  /**
   * Checks that a raw wire integer is one of an int enum's values.
   *
   * @param listing the values as listed in the message, such as {@code [1, 2]}
   */
  public void intEnumValue(String member, Integer value, Set<Integer> known, String listing) {
    if (value != null && !known.contains(value)) {
      add(member, value, ConstraintKind.ENUM, "Member must satisfy enum value set: " + listing);
    }
  }

  /**
   * Checks {@code @UniqueItems}. The constraint text is the one Smithy's server code generators
   * use ({@code smithy-rs}: {@code Member must have unique values}).
   */
  public void uniqueItems(String member, List<?> value) {
    if (value != null && new HashSet<>(value).size() != value.size()) {
      add(member, value, ConstraintKind.UNIQUE_ITEMS, "Member must have unique values");
    }
  }

  /** Checks that exactly one member of a union is set. */
  public void unionMembers(String member, Object value, int setCount) {
    if (value != null && setCount != 1) {
      add(member, value, ConstraintKind.UNION, "Member must have exactly one member set, not " + setCount);
    }
  }

  /**
   * Records a violation of a constraint that has no check here, at {@code member} below the
   * current path.
   */
  public void add(String member, Object value, ConstraintKind kind, String constraint) {
    if (found == null) {
      found = new ArrayList<>(4);
    }
    found.add(new Violation(pathTo(member), value == null ? null : String.valueOf(value), kind, constraint));
  }

  /** Whether no violation was found. */
  public boolean isEmpty() {
    return found == null;
  }

  /** The violations found so far, in the order found. */
  public List<Violation> list() {
    return found == null ? List.of() : List.copyOf(found);
  }

  /** Throws a {@link ValidationException} carrying every violation, if there is any. */
  public void throwIfAny() {
    if (found != null) {
      throw new ValidationException(found);
    }
  }

  private boolean lengthWithin(String member, Object value, int length, int min, int max) {
    if (length < min) {
      add(member, value, ConstraintKind.MIN_LENGTH, "Member must have length greater than or equal to " + min);
      return false;
    }
    if (length > max) {
      add(member, value, ConstraintKind.MAX_LENGTH, "Member must have length less than or equal to " + max);
      return false;
    }
    return true;
  }

  private void push(String segment, int index) {
    if (depth == segments.length) {
      segments = Arrays.copyOf(segments, depth * 2);
      indices = Arrays.copyOf(indices, depth * 2);
    }
    segments[depth] = segment;
    indices[depth] = index;
    depth++;
  }

  private void pop(int levels) {
    if (levels > depth) {
      throw new IllegalStateException("exit without a matching enter");
    }
    depth -= levels;
  }

  private String pathTo(String member) {
    StringBuilder path = new StringBuilder(32);
    for (int i = 0; i < depth; i++) {
      if (i > 0) {
        path.append('.');
      }
      if (segments[i] == null) {
        path.append(indices[i]);
      } else {
        path.append(segments[i]);
      }
    }
    if (member != null) {
      if (depth > 0) {
        path.append('.');
      }
      path.append(member);
    }
    return path.toString();
  }
}
