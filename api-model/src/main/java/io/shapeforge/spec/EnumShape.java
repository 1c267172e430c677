package io.shapeforge.spec;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Java enum as an enum shape: a string whose value must be one of the constants. Each
 * constant travels as its name unless {@link EnumValue} says otherwise.
 *
 * <p>The generated enum keeps the raw wire string of every value it reads, so an unknown value is
 * reported by validation ({@code Member must satisfy enum value set: [...]}) instead of failing to
 * parse.
 *
 * <pre>{@code
 * @EnumShape
 * enum MaintenanceWindowTaskType { RUN_COMMAND, AUTOMATION, STEP_FUNCTIONS, LAMBDA }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface EnumShape {}
