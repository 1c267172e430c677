package io.shapeforge.spec;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a member, or every member of a shape, as sensitive, like Smithy's {@code @sensitive}. Its
 * value never appears in {@code toString()} and a validation message leaves it out: {@code Value at
 * 'password' failed to satisfy constraint: ...}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Sensitive {}
