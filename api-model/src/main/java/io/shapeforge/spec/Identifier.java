package io.shapeforge.spec;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a member as part of a stored structure's primary key, like a Smithy resource identifier. A
 * structure that a {@link Query} stores needs at least one; the members are required. A shape that
 * cannot carry it, such as an imported one, is keyed by {@link Query#key()} and {@link
 * Scope#parentKey()} instead.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Identifier {}
