package io.shapeforge.spec;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bounds a number, inclusive, like Smithy's {@code @range}. It applies to every numeric kind
 * ({@code Byte}, {@code Short}, {@code Integer}, {@code Long}, {@code Float}, {@code Double},
 * {@code BigInteger}, {@code BigDecimal}) and to a number's type use inside a list or map. The
 * bounds are decimal literals so that they fit every kind exactly; an empty bound is open.
 *
 * <pre>{@code
 * @Range(min = "10", max = "100") Integer maxResults();
 * @Range(min = "0.01") BigDecimal price();
 * }</pre>
 *
 * <p>A bound must be a number that the member's type can hold: {@code @Range(max = "9000000000")}
 * on an {@code Integer} is a spec error.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE_USE})
public @interface Range {
  /** The smallest allowed value, as a decimal literal such as {@code "10"} or {@code "-0.5"}. */
  String min() default "";

  /** The largest allowed value, as a decimal literal; at least {@link #min()}. */
  String max() default "";
}
