package io.shapeforge.samples.ssm.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapeforge.runtime.jdbc.EmbeddedPostgresServer;
import io.shapeforge.runtime.store.Key;
import io.shapeforge.runtime.store.Table;
import io.shapeforge.samples.ssm.imported.model.AmazonSsmTables;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionTaskIdentity;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability: a child JVM streams writes and acknowledges each one after it returns; it is killed
 * with SIGKILL mid-stream, and after a restart every acknowledged write is there.
 */
class SigkillTest {
  private static final int ACKS_BEFORE_KILL = 150;

  @TempDir Path directory;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void everyAcknowledgedWriteSurvivesAKilledJvmOnH2() throws Exception {
    killMidStreamAndCheck("h2:" + directory.resolve("killed"));
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void everyAcknowledgedWriteSurvivesAKilledJvmOnPostgres() throws Exception {
    killMidStreamAndCheck(EmbeddedPostgresServer.newDatabase("killed"));
  }

  private static void killMidStreamAndCheck(String store) throws Exception {
    int lastAck = -1;
    try (ChildJvm writer = ChildJvm.start(AcknowledgedWriter.class, store)) {
      writer.awaitLine("READY", 60);
      while (lastAck < ACKS_BEFORE_KILL) {
        String line = writer.nextLine(30);
        if (line == null) {
          throw new AssertionError(
              "the writer stopped acknowledging; output:\n" + writer.transcript());
        }
        if (line.startsWith("ACK ")) {
          lastAck = Integer.parseInt(line.substring(4));
        }
      }
      writer.kill();
      // Acknowledgements printed before the kill but not read yet count too.
      for (String line = writer.nextLine(1); line != null; line = writer.nextLine(1)) {
        if (line.startsWith("ACK ")) {
          lastAck = Integer.parseInt(line.substring(4));
        }
      }
    }
    try (SsmEmulator restarted = SsmEmulator.builder().store(store).build()) {
      Table<MaintenanceWindowExecutionTaskIdentity> tasks =
          restarted.store().table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION_TASK_IDENTITY);
      String executionId = TestRecords.id(77, 0);
      for (int n = 0; n <= lastAck; n++) {
        assertTrue(
            tasks.get(Key.of(executionId, TestRecords.id(78, n))).isPresent(),
            "acknowledged write " + n + " of " + lastAck + " is missing after the kill");
      }
      long stored = tasks.size();
      // The write in flight at the kill may or may not have committed; nothing else is stored.
      assertTrue(
          stored == lastAck + 1 || stored == lastAck + 2,
          "stored " + stored + ", acknowledged " + (lastAck + 1));
      assertEquals(1, restarted.store().table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION).size());
    }
  }
}
