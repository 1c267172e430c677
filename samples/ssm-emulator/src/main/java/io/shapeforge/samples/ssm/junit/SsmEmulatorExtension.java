package io.shapeforge.samples.ssm.junit;

import io.shapeforge.samples.ssm.emulator.SeedReader;
import io.shapeforge.samples.ssm.emulator.SsmEmulator;
import io.shapeforge.samples.ssm.schedule.ClockOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * Starts one {@link SsmEmulator} per test class on a free loopback port, and closes it after the
 * class. It injects, into fields (static or not, left {@code null} and not final) and into
 * parameters of constructors, lifecycle methods and tests:
 *
 * <ul>
 *   <li>the {@link SsmEmulator}, to insert records with {@code putExecution}/{@code putTask};
 *   <li>a {@link URI} marked {@link EmulatorEndpoint}: the endpoint;
 *   <li>a {@code software.amazon.awssdk.services.ssm.SsmClient} pointed at it (us-east-1, dummy
 *       credentials), when the AWS SDK is on the test class path; one per class, closed after it.
 * </ul>
 *
 * Records persist for the whole class, so tests of one class should use their own execution ids.
 * {@link EmulatorSeed} on the class loads a seed first; {@link EmulatorStore} chooses a persistent
 * store (H2 file or PostgreSQL) instead of memory; {@link EmulatorClock} a manual clock that the
 * test moves with {@link SsmEmulator#advanceClock} to run maintenance windows.
 *
 * <pre>{@code
 * @ExtendWith(SsmEmulatorExtension.class)
 * class MaintenanceReportTest {
 *   @EmulatorEndpoint URI endpoint;
 *
 *   @Test
 *   void listsTasks(SsmEmulator emulator, SsmClient ssm) {
 *     emulator.putExecution(execution);
 *     ssm.describeMaintenanceWindowExecutionTasks(r -> r.windowExecutionId(id));
 *   }
 * }
 * }</pre>
 */
public final class SsmEmulatorExtension
    implements BeforeAllCallback, TestInstancePostProcessor, ParameterResolver {
  private static final Namespace NAMESPACE = Namespace.create(SsmEmulatorExtension.class);
  private static final String EMULATOR = "emulator";
  private static final String CLIENT = "client";
  private static final String SSM_CLIENT_CLASS = "software.amazon.awssdk.services.ssm.SsmClient";

  /** Used by {@code @ExtendWith(SsmEmulatorExtension.class)}. */
  public SsmEmulatorExtension() {}

  @Override
  public void beforeAll(ExtensionContext context) throws IllegalAccessException {
    injectFields(context.getRequiredTestClass(), null, context);
  }

  @Override
  public void postProcessTestInstance(Object testInstance, ExtensionContext context)
      throws IllegalAccessException {
    injectFields(testInstance.getClass(), testInstance, context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == SsmEmulator.class
        || (type == URI.class && parameter.isAnnotated(EmulatorEndpoint.class))
        || isSsmClient(type);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return valueFor(parameter.getParameter().getType(), context);
  }

  /** The emulator of the test class that {@code context} belongs to, started on first use. */
  public static SsmEmulator emulator(ExtensionContext context) {
    return classStore(context)
        .getOrComputeIfAbsent(EMULATOR, key -> start(classOf(context)), SsmEmulator.class);
  }

  private static void injectFields(Class<?> type, Object instance, ExtensionContext context)
      throws IllegalAccessException {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        boolean wanted =
            field.getType() == SsmEmulator.class
                || isSsmClient(field.getType())
                || field.isAnnotationPresent(EmulatorEndpoint.class);
        if (!wanted || Modifier.isStatic(field.getModifiers()) != (instance == null)) {
          continue;
        }
        if (field.isAnnotationPresent(EmulatorEndpoint.class) && field.getType() != URI.class) {
          throw new ExtensionConfigurationException(
              "@EmulatorEndpoint field " + field + " must be a java.net.URI");
        }
        if (Modifier.isFinal(field.getModifiers())) {
          continue;
        }
        field.setAccessible(true);
        if (field.get(instance) == null) {
          field.set(instance, valueFor(field.getType(), context));
        }
      }
    }
  }

  private static Object valueFor(Class<?> type, ExtensionContext context) {
    SsmEmulator emulator = emulator(context);
    if (type == SsmEmulator.class) {
      return emulator;
    }
    if (type == URI.class) {
      return emulator.endpoint();
    }
    return classStore(context)
        .getOrComputeIfAbsent(CLIENT, key -> SsmClients.create(emulator.endpoint()));
  }

  private static SsmEmulator start(Class<?> testClass) {
    SsmEmulator.Builder builder = SsmEmulator.builder().port(0);
    EmulatorStore store = testClass.getAnnotation(EmulatorStore.class);
    if (store != null) {
      try {
        builder.store(store.value());
      } catch (IllegalArgumentException e) {
        throw new ExtensionConfigurationException("@EmulatorStore: " + e.getMessage(), e);
      }
      if (!store.tokenKeyFile().isEmpty()) {
        builder.tokenKeyFile(java.nio.file.Path.of(store.tokenKeyFile()));
      }
    }
    EmulatorClock clock = testClass.getAnnotation(EmulatorClock.class);
    if (clock != null) {
      try {
        builder.clock(ClockOption.parse(clock.value()));
      } catch (IllegalArgumentException e) {
        throw new ExtensionConfigurationException("@EmulatorClock: " + e.getMessage(), e);
      }
    }
    EmulatorSeed seed = testClass.getAnnotation(EmulatorSeed.class);
    if (seed != null) {
      builder.seed(SeedReader.parse(readResource(testClass, seed.value()), seed.value()));
    }
    return builder.build().start();
  }

  private static byte[] readResource(Class<?> testClass, String name) {
    try (InputStream in = testClass.getResourceAsStream(name)) {
      if (in == null) {
        throw new ExtensionConfigurationException("@EmulatorSeed resource not found: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read @EmulatorSeed resource " + name, e);
    }
  }

  /** Whether {@code type} is the SDK's SsmClient, decided by name so that the SDK is not needed. */
  private static boolean isSsmClient(Class<?> type) {
    return type.getName().equals(SSM_CLIENT_CLASS);
  }

  /** The store of the class-level context, so that the emulator outlives each test method. */
  private static ExtensionContext.Store classStore(ExtensionContext context) {
    return classContext(context).getStore(NAMESPACE);
  }

  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext current = context;
    while (current.getTestMethod().isPresent()) {
      Optional<ExtensionContext> parent = current.getParent();
      if (parent.isEmpty()) {
        break;
      }
      current = parent.get();
    }
    return current;
  }

  private static Class<?> classOf(ExtensionContext context) {
    return classContext(context).getRequiredTestClass();
  }
}
