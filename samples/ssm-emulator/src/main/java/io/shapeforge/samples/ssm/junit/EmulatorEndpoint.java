package io.shapeforge.samples.ssm.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link java.net.URI} field or parameter that {@link SsmEmulatorExtension} fills with the
 * emulator's endpoint, such as {@code http://127.0.0.1:54321}. A {@code URI} is a common type, so
 * only marked ones are touched.
 *
 * <pre>{@code
 * @ExtendWith(SsmEmulatorExtension.class)
 * class MyTest {
 *   @EmulatorEndpoint URI endpoint;
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER})
public @interface EmulatorEndpoint {}
