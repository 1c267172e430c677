package io.shapeforge.runtime.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
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
