package io.shapeforge.spec;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bounds the length of a string (in characters) or the size of a list, inclusive. Put it on a
 * member, or on a list's element type to constrain each element:
 *
 * <pre>{@code
 * @Length(max = 5) List<MaintenanceWindowFilter> filters();
 * List<@Length(min = 1, max = 256) String> values();
 * }</pre>
 *
 * <p>A fixed length, such as an id of exactly 36 characters, sets both bounds.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE_USE})
public @interface Length {
  /** The smallest allowed length; not negative. */
  int min() default 0;

  /** The largest allowed length; at least {@link #min()}. */
  int max() default Integer.MAX_VALUE;
}
