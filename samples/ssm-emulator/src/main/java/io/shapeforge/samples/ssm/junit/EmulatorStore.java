package io.shapeforge.samples.ssm.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where the emulator that {@link SsmEmulatorExtension} starts for the annotated class keeps its
 * records, as {@code --store} and {@code --token-key-file} take them. A persistent store needs
 * {@code io.shapeforge:shapeforge-runtime-jdbc} and its driver on the test class path; with it, an
 * {@link EmulatorSeed} loads only when the store is empty.
 *
 * <pre>{@code
 * @ExtendWith(SsmEmulatorExtension.class)
 * @EmulatorStore(value = "h2:target/ssm-test", tokenKeyFile = "target/ssm-token.key")
 * class SurvivesRestartsTest { ... }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EmulatorStore {
  /** {@code memory}, {@code h2:FILE} or {@code jdbc:postgresql://HOST:PORT/DB?user=...}. */
  String value();

  /** A file holding the next-token secret, created when absent; empty for a random secret. */
  String tokenKeyFile() default "";
}
