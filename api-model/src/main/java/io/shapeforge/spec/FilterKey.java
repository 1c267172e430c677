package io.shapeforge.spec;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One filter key a {@link Query} accepts, such as {@code STATUS}. A caller sends it as {@code
 * {"Key": "STATUS", "Values": ["SUCCESS", "FAILED"]}}.
 *
 * <p>The allowed values come from {@link #allowed()} or, for an enum shape, from {@link
 * #allowedEnum()}; give at most one. With neither, any value is allowed.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface FilterKey {
  /** The key on the wire. */
  String name();

  /** The record member the filter tests. */
  String member();

  /** How each value is compared with the member. */
  FilterOp op();

  /** The values a caller may send, in the order error messages list them. */
  String[] allowed() default {};

  /** An {@link EnumShape} whose wire values a caller may send. */
  Class<?> allowedEnum() default void.class;
}
