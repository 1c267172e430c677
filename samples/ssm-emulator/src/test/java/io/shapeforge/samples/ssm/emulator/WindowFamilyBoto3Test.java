package io.shapeforge.samples.ssm.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.shapeforge.samples.ssm.schedule.ManualClock;
import io.shapeforge.samples.ssm.windows.Python;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * All 23 maintenance-window operations through boto3 (the Python SDK the AWS CLI is built on),
 * through the API only, driven by {@code src/test/resources/boto3/window_family.py}: the script
 * creates the window, its targets and tasks, moves the clock and scripts outcomes through the
 * control plane, and checks every execution operation against the others.
 */
class WindowFamilyBoto3Test {
  @TempDir Path home;

  @Test
  @Timeout(value = 240, unit = TimeUnit.SECONDS)
  void boto3DrivesTheWholeFamilyFromCreateToDelete() throws Exception {
    Python.assumeModules("boto3");
    try (SsmEmulator emulator =
        SsmEmulator.builder()
            .port(0)
            .clock(ManualClock.startingAt(Instant.parse("2027-01-04T00:00:00Z")))
            .build()
            .start()) {
      Python.Result run =
          Python.runScript(home, "/boto3/window_family.py", emulator.endpoint().toString());
      assertEquals(0, run.exitCode(), run.stdout() + run.stderr());
      assertEquals("OK executions=3 invocations=4\n", run.stdout());
    }
  }
}
