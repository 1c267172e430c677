package io.shapeforge.samples.ssm.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Loads a seed file from the test class path into the emulator that {@link SsmEmulatorExtension}
 * starts for the annotated class. An invalid seed fails the class with every error.
 *
 * <pre>{@code
 * @ExtendWith(SsmEmulatorExtension.class)
 * @EmulatorSeed("/seeds/nightly-patching.json")
 * class MyTest { ... }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EmulatorSeed {
  /** The class path resource, as for {@link Class#getResourceAsStream(String)}. */
  String value();
}
