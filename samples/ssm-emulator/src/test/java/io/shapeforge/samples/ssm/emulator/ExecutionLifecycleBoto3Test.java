package io.shapeforge.samples.ssm.emulator;

import static io.shapeforge.samples.ssm.execution.WindowFixtures.WEEKLY;
import static io.shapeforge.samples.ssm.execution.WindowFixtures.put;
import static io.shapeforge.samples.ssm.execution.WindowFixtures.target;
import static io.shapeforge.samples.ssm.execution.WindowFixtures.task;
import static io.shapeforge.samples.ssm.execution.WindowFixtures.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.shapeforge.samples.ssm.execution.WindowFixtures;
import io.shapeforge.samples.ssm.schedule.ManualClock;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The execution family through boto3 (the Python SDK that the AWS CLI is built on), driven by
 * {@code src/test/resources/boto3/execution_lifecycle.py}: the clock and the outcomes are moved
 * through the control plane, the window and its targets and tasks are put into the store from here
 * (their operations live on another branch).
 */
class ExecutionLifecycleBoto3Test {
  private static final String WINDOW = "mw-0000000000000000c";

  @TempDir Path home;

  @Test
  @Timeout(value = 240, unit = TimeUnit.SECONDS)
  void boto3SeesTheRunTheCancelAndNothingOnceDisabled() throws Exception {
    assumeTrue(python3HasBoto3(), "python3 with boto3 is not on the PATH");
    Path script = home.resolve("execution_lifecycle.py");
    try (InputStream in = getClass().getResourceAsStream("/boto3/execution_lifecycle.py")) {
      Files.copy(in, script);
    }
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
      AwsCli shell = new AwsCli(home);
      String endpoint = emulator.endpoint().toString();

      AwsCli.Result run =
          shell.runInShell("python3 " + script + " " + endpoint + " " + WINDOW + " run");
      assertEquals(0, run.exitCode(), run.stdout() + run.stderr());
      assertEquals("OK executions=2 invocations=4\n", run.stdout());

      put(emulator.store(), window(WINDOW, WEEKLY).enabled(false).build());
      AwsCli.Result silent =
          shell.runInShell("python3 " + script + " " + endpoint + " " + WINDOW + " silent");
      assertEquals(0, silent.exitCode(), silent.stdout() + silent.stderr());
      assertEquals("OK executions=2\n", silent.stdout());
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
