package io.shapeforge.spec;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bounds an {@code Integer} or {@code Long} member, inclusive.
 *
 * <pre>{@code
 * @Range(min = 10, max = 100) Integer maxResults();
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE_USE})
public @interface Range {
  /** The smallest allowed value. */
  long min() default Long.MIN_VALUE;

  /** The largest allowed value; at least {@link #min()}. */
  long max() default Long.MAX_VALUE;
}
