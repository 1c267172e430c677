package io.shapeforge.samples.ssm.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.shapeforge.samples.ssm.emulator.SsmEmulator;
import io.shapeforge.samples.ssm.schedule.ManualClock;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The maintenance-window resource lifecycle through boto3 ({@code boto3_lifecycle.py}): botocore
 * reads errors from the body only, so its codes and messages check the body as the SDK for Java
 * checks the header. Skipped only when python3 or boto3 is missing.
 */
class Boto3LifecycleTest {
  @TempDir Path directory;

  @Test
  void boto3RunsTheWholeLifecycle() throws Exception {
    Python.assumeModules("boto3");
    ManualClock clock = ManualClock.startingAt(Instant.parse("2027-01-04T00:00:00Z"));
    try (SsmEmulator emulator = SsmEmulator.builder().port(0).clock(clock).build().start()) {
      Python.Result result =
          Python.runScript(directory, "boto3_lifecycle.py", emulator.endpoint().toString());
      assertEquals(0, result.exitCode(), result.stdout() + result.stderr());
      assertEquals("OK", result.stdout().strip());
    }
  }
}
