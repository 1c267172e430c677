package io.shapeforge.spec;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A string member must contain a match of this regular expression ({@code java.util.regex} syntax,
 * found with {@code Matcher.find()} as Smithy specifies; anchor it with {@code ^...$} to match the
 * whole value). The expression appears in error messages exactly as written here.
 *
 * <p>The pattern is checked only once the value has passed its {@link Length} bounds, so give a
 * patterned member a maximum length.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE_USE})
public @interface Pattern {
  /** The regular expression. */
  String value();
}
