package io.shapeforge.samples.ssm.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.shapeforge.samples.ssm.emulator.SsmEmulator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Runs two small test classes through the JUnit Platform and checks what happened around them: one
 * emulator per class, shared by its tests, and closed once the class is done.
 */
class SsmEmulatorExtensionLifecycleTest {
  static final List<SsmEmulator> SEEN = new ArrayList<>();

  @Test
  void eachClassGetsItsOwnEmulatorWhichIsClosedAfterIt() {
    SEEN.clear();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();

    LauncherFactory.create()
        .execute(
            LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(First.class), selectClass(Second.class))
                .build(),
            listener);

    assertEquals(4, listener.getSummary().getTestsSucceededCount(), () -> failures(listener));
    assertEquals(4, SEEN.size());
    assertNotNull(SEEN.get(0));
    assertEquals(SEEN.get(0), SEEN.get(1), "the tests of one class share an emulator");
    assertEquals(SEEN.get(2), SEEN.get(3));
    assertNotSame(SEEN.get(0), SEEN.get(2), "each class has its own");
    for (SsmEmulator emulator : SEEN) {
      IllegalStateException closed = assertThrows(IllegalStateException.class, emulator::start);
      assertEquals("server is closed", closed.getMessage());
    }
  }

  private static String failures(SummaryGeneratingListener listener) {
    StringBuilder text = new StringBuilder();
    listener
        .getSummary()
        .getFailures()
        .forEach(failure -> text.append(failure.getException()).append('\n'));
    return text.toString();
  }

  /** A user's test class; run only through the launcher above (surefire skips nested classes). */
  @ExtendWith(SsmEmulatorExtension.class)
  static class First {
    @Test
    void one(SsmEmulator emulator) {
      SEEN.add(emulator);
    }

    @Test
    void two(SsmEmulator emulator) {
      SEEN.add(emulator);
    }
  }

  /** Another user's test class. */
  @ExtendWith(SsmEmulatorExtension.class)
  static class Second extends First {}
}
