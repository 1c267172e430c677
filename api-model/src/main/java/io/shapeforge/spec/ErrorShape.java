package io.shapeforge.spec;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link Structure} as an error shape. On the wire an error is {@code {"__type": "<code>",
 * "message": "..."}} with the HTTP status given here; the generated class is an exception that
 * operations throw.
 *
 * <pre>{@code
 * @Structure
 * @ErrorShape(fault = Fault.CLIENT, httpStatus = 400)
 * interface DoesNotExistException {
 *   String message();
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ErrorShape {
  /** Whether the caller or the service is at fault. */
  Fault fault();

  /** The HTTP status: 4xx for a client fault, 5xx for a server fault. */
  int httpStatus();

  /** The error code on the wire. Empty means the shape name. */
  String code() default "";
}
