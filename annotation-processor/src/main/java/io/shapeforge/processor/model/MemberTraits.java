package io.shapeforge.processor.model;

import java.util.Optional;

/**
 * The traits of a member besides its constraints and {@code @Required}.
 *
 * @param sensitive {@code @Sensitive} on the member or on the shape it refers to
 * @param deprecated Java's {@code @Deprecated} on the spec method
 * @param idempotencyToken {@code @IdempotencyToken}
 * @param defaultValue the {@code @DefaultValue} text, unchecked
 * @param jsonName the {@code @JsonName}; kept for protocols that honour it (awsJson1_1 does not)
 * @param javaDefault whether the spec method is a Java {@code default} method, which the language
 *     refuses (the check stage points to {@code @DefaultValue})
 */
public record MemberTraits(
    boolean sensitive,
    boolean deprecated,
    boolean idempotencyToken,
    Optional<String> defaultValue,
    Optional<String> jsonName,
    boolean javaDefault) {

  /** No traits. */
  public static final MemberTraits NONE =
      new MemberTraits(false, false, false, Optional.empty(), Optional.empty(), false);
}
