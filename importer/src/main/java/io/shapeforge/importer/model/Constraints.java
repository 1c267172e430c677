package io.shapeforge.importer.model;

import java.util.Objects;

/**
 * The constraint traits a shape or member carries: {@code length}, {@code range} and {@code
 * pattern}. Each part is {@code null} when absent. Range bounds stay decimal strings, as the spec
 * language writes them, so no bound is rounded on the way through.
 */
public record Constraints(
    Long minLength, Long maxLength, String rangeMin, String rangeMax, String pattern) {
  /**
   * A length minimum of 0 is no minimum (one model writes it, the other leaves it out), so it is
   * kept as absent and two readers agree.
   */
  public Constraints {
    if (minLength != null && minLength == 0) {
      minLength = null;
    }
  }

  /** No constraint at all. */
  public static final Constraints NONE = new Constraints(null, null, null, null, null);

  /**
   * These constraints with a member's own on top: Smithy lets a member's trait replace its target's
   * trait of the same kind, one trait at a time ({@code length} and {@code range} each as a whole).
   */
  public Constraints overriddenBy(Constraints member) {
    boolean memberLength = member.minLength != null || member.maxLength != null;
    boolean memberRange = member.rangeMin != null || member.rangeMax != null;
    return new Constraints(
        memberLength ? member.minLength : minLength,
        memberLength ? member.maxLength : maxLength,
        memberRange ? member.rangeMin : rangeMin,
        memberRange ? member.rangeMax : rangeMax,
        member.pattern != null ? member.pattern : pattern);
  }

  /** Whether any constraint is present. */
  public boolean any() {
    return !equals(NONE);
  }

  /** Whether a length bound is present. */
  public boolean hasLength() {
    return minLength != null || maxLength != null;
  }

  /** Whether a range bound is present. */
  public boolean hasRange() {
    return rangeMin != null || rangeMax != null;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    if (hasLength()) {
      text.append("length[")
          .append(Objects.toString(minLength, ""))
          .append("..")
          .append(Objects.toString(maxLength, ""))
          .append("] ");
    }
    if (hasRange()) {
      text.append("range[")
          .append(Objects.toString(rangeMin, ""))
          .append("..")
          .append(Objects.toString(rangeMax, ""))
          .append("] ");
    }
    if (pattern != null) {
      text.append("pattern[").append(pattern).append("] ");
    }
    return text.toString().strip();
  }
}
