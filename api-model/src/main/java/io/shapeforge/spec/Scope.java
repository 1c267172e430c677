package io.shapeforge.spec;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Restricts a {@link Query} to the children of one parent: the records whose {@link #record()}
 * member equals the request's {@link #request()} member. When no {@link #parent()} record with that
 * identifier exists the query fails with {@link #notFound()}; a parent with no children yields an
 * empty page.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Scope {
  /** The input member that names the parent; required in the input. */
  String request();

  /** The record member that must equal it. */
  String record();

  /**
   * The parent structure; its single {@link Identifier} member, or else {@link #parentKey()}, holds
   * the scope value.
   */
  Class<?> parent();

  /**
   * The parent member that holds the scope value and is the parent's primary key, for a parent that
   * carries no {@link Identifier} (such as an imported shape). Give either this or {@link
   * Identifier} on the parent, not both.
   */
  String parentKey() default "";

  /** The error shape raised when the parent does not exist; listed in the operation's errors. */
  Class<?> notFound();

  /** The error message; {@code {}} stands for the requested scope value. */
  String notFoundMessage();
}
