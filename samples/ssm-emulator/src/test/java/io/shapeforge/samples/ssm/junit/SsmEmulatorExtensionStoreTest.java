package io.shapeforge.samples.ssm.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapeforge.runtime.jdbc.JdbcStore;
import io.shapeforge.samples.ssm.emulator.SsmEmulator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ssm.SsmClient;

/** {@link EmulatorStore}: the extension's emulator on an H2 file, with a token key file. */
@ExtendWith(SsmEmulatorExtension.class)
@EmulatorSeed("/seeds/valid.json")
@EmulatorStore(
    value = "h2:target/extension-store-test/ssm",
    tokenKeyFile = "target/extension-store-test/token.key")
class SsmEmulatorExtensionStoreTest {
  private static final String SEEDED_EXECUTION = "6ff7bd81-3a1b-4c62-9a4f-1a2b3c4d5e6f";

  @Test
  void theEmulatorRunsOnTheStoreAndKeyFileTheAnnotationNames(SsmEmulator emulator, SsmClient ssm) {
    assertTrue(emulator.store() instanceof JdbcStore, emulator.store().toString());
    assertEquals(
        "h2:target/extension-store-test/ssm", ((JdbcStore) emulator.store()).location().display());
    assertTrue(Files.exists(Path.of("target/extension-store-test/ssm.mv.db")));
    assertTrue(Files.exists(Path.of("target/extension-store-test/token.key")));
    // Seeded on the first run; a later run over the same file keeps what it holds.
    assertEquals(
        2,
        ssm.describeMaintenanceWindowExecutionTasks(r -> r.windowExecutionId(SEEDED_EXECUTION))
            .windowExecutionTaskIdentities()
            .size());
  }
}
