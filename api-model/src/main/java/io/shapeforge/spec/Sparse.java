package io.shapeforge.spec;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets a {@code List} or {@code Map} member hold {@code null} elements or values, like Smithy's
 * {@code @sparse}. Without it a null element is a violation ({@code Member must not be null}).
 *
 * <pre>{@code
 * @Sparse List<String> nicknames();
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE_USE})
public @interface Sparse {}
