package io.shapeforge.spec;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface as a union shape, like Smithy's {@code union}: its abstract methods are the
 * alternatives, and a value sets exactly one of them. On the wire it is a JSON object with exactly
 * one member. Members of a union cannot be {@link Required}.
 *
 * <pre>{@code
 * @Union
 * interface PaymentMethod {
 *   Card card();
 *   @Length(min = 1, max = 34) String iban();
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Union {}
