package io.shapeforge.spec;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a member a default, like Smithy's {@code @default}: the member is never null once built or
 * decoded. The value is written as the member's type reads it: {@code "10"}, {@code "true"}, {@code
 * "SUCCESS"} (an enum's wire value), {@code "1628102135.145"} (a timestamp in epoch seconds), a
 * string as itself, a blob in base64, and {@code "[]"} or {@code "{}"} for an empty list, map or
 * document (Smithy allows no other collection default).
 *
 * <pre>{@code
 * @DefaultValue("10") Integer maxResults();
 * }</pre>
 *
 * <p>A Java {@code default} method cannot carry a default: the processor cannot see method bodies,
 * so it refuses one and points here.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface DefaultValue {
  /** The default, in the member type's text form. */
  String value();
}
