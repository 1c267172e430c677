package io.shapeforge.samples.ssm.emulator;

import static io.shapeforge.samples.ssm.execution.WindowFixtures.WEEKLY;
import static io.shapeforge.samples.ssm.execution.WindowFixtures.put;
import static io.shapeforge.samples.ssm.execution.WindowFixtures.target;
import static io.shapeforge.samples.ssm.execution.WindowFixtures.task;
import static io.shapeforge.samples.ssm.execution.WindowFixtures.window;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.shapeforge.samples.ssm.execution.WindowFixtures;
import io.shapeforge.samples.ssm.schedule.ManualClock;
import io.shapeforge.samples.ssm.windows.Python;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The execution family through boto3 (the Python SDK that the AWS CLI is built on), driven by
 * {@code src/test/resources/boto3/execution_lifecycle.py}: the clock and the outcomes are moved
 * through the control plane, the window and its targets and tasks are put into the store from here,
 * so that this test covers the execution family alone ({@code WindowFamilyBoto3Test} creates them
 * through the operations).
 */
class ExecutionLifecycleBoto3Test {
  private static final String WINDOW = "mw-0000000000000000c";
  private static final String SCRIPT = "/boto3/execution_lifecycle.py";

  @TempDir Path home;

  @Test
  @Timeout(value = 240, unit = TimeUnit.SECONDS)
  void boto3SeesTheRunTheCancelAndNothingOnceDisabled() throws Exception {
    Python.assumeModules("boto3");
    try (SsmEmulator emulator =
        SsmEmulator.builder()
            .port(0)
            .clock(ManualClock.startingAt(WindowFixtures.MONDAY))
            .build()
            .start()) {
      put(emulator.store(), window(WINDOW, WEEKLY).build());
      put(emulator.store(), target(WINDOW, "t1", "i-0a", "i-0b"));
      put(emulator.store(), task(WINDOW, "a", 1, "t1").build());
      put(emulator.store(), task(WINDOW, "b", 2, "t1").taskArn("AWS-RunPatchBaseline").build());
      String endpoint = emulator.endpoint().toString();

      Python.Result run = Python.runScript(home, SCRIPT, endpoint, WINDOW, "run");
      assertEquals(0, run.exitCode(), run.stdout() + run.stderr());
      assertEquals("OK executions=2 invocations=4\n", run.stdout());

      put(emulator.store(), window(WINDOW, WEEKLY).enabled(false).build());
      Python.Result silent = Python.runScript(home, SCRIPT, endpoint, WINDOW, "silent");
      assertEquals(0, silent.exitCode(), silent.stdout() + silent.stderr());
      assertEquals("OK executions=2\n", silent.stdout());
    }
  }
}
