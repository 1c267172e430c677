package io.shapeforge.samples.ssm.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.shapeforge.samples.ssm.schedule.ManualClock;
import java.io.InputStream;
import java.nio.file.Files;
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
    assumeTrue(python3HasBoto3(), "python3 with boto3 is not on the PATH");
    Path script = home.resolve("window_family.py");
    try (InputStream in = getClass().getResourceAsStream("/boto3/window_family.py")) {
      Files.copy(in, script);
    }
    try (SsmEmulator emulator =
        SsmEmulator.builder()
            .port(0)
            .clock(ManualClock.startingAt(Instant.parse("2027-01-04T00:00:00Z")))
            .build()
            .start()) {
      AwsCli.Result run =
          new AwsCli(home).runInShell("python3 " + script + " " + emulator.endpoint());
      assertEquals(0, run.exitCode(), run.stdout() + run.stderr());
      assertEquals("OK executions=3 invocations=4\n", run.stdout());
    }
  }

  private static boolean python3HasBoto3() throws Exception {
    try {
      Process probe = new ProcessBuilder("python3", "-c", "import boto3").start();
      return probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0;
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
