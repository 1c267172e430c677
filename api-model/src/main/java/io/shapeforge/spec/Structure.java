package io.shapeforge.spec;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface as a structure shape. Each abstract method without parameters is a member; its
 * name is the member name (lower camel case, as in AWS validation paths) and its return type is the
 * member type.
 *
 * <p>The generated model class has the interface's simple name and lives in the model package (see
 * {@link Service#modelPackage()}).
 *
 * <pre>{@code
 * @Structure
 * interface Alarm {
 *   @Required @Length(min = 1, max = 255) @Pattern("^(?!\\s*$).+") String name();
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Structure {}
