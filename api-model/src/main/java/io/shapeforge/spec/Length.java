package io.shapeforge.spec;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bounds a length, inclusive, like Smithy's {@code @length}: the characters of a string, the
 * elements of a list, the entries of a map or the bytes of a blob ({@code byte[]}). Put it on a
 * member, or on a type argument to constrain each element, key or value:
 *
 * <pre>{@code
 * @Length(max = 5) List<MaintenanceWindowFilter> filters();
 * List<@Length(min = 1, max = 256) String> values();
 * @Length(max = 1000) Map<@Length(min = 1, max = 128) String, String> tags();
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
