package io.shapeforge.spec;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Overrides a member's name on the wire. Without it the wire name is the member name in PascalCase:
 * {@code windowExecutionId} travels as {@code WindowExecutionId}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface WireName {
  /** The exact JSON member name. */
  String value();
}
