package io.shapeforge.spec;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Java enum as an int enum shape, like Smithy's {@code intEnum}: an integer whose value
 * must be one of the constants' {@link IntEnumValue}s. As with {@link EnumShape}, an unknown value
 * is kept and reported by validation, never a parse failure.
 *
 * <pre>{@code
 * @IntEnumShape
 * enum Priority { @IntEnumValue(1) HIGH, @IntEnumValue(2) NORMAL }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface IntEnumShape {}
