package io.shapeforge.spec;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code String} member as the operation's idempotency token, like Smithy's
 * {@code @idempotencyToken}: when a caller leaves it out, it is filled with a fresh random UUID.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface IdempotencyToken {}
