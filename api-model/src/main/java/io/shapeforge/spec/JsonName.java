package io.shapeforge.spec;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The member's JSON name for protocols that honour Smithy's {@code @jsonName}. The AWS JSON
 * protocols ignore it by Smithy's definition and send {@link WireName}, so a spec imported from a
 * Smithy model keeps the trait without changing what {@link Protocol#AWS_JSON_1_1} sends.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface JsonName {
  /** The JSON member name. */
  String value();
}
