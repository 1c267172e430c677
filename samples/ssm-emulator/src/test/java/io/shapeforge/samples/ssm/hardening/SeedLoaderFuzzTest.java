package io.shapeforge.samples.ssm.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.shapeforge.runtime.protocol.JsonCodec;
import io.shapeforge.runtime.protocol.SerializationException;
import io.shapeforge.runtime.store.InMemoryStore;
import io.shapeforge.runtime.store.Store;
import io.shapeforge.samples.ssm.emulator.InvalidSeedException;
import io.shapeforge.samples.ssm.emulator.SeedDocument;
import io.shapeforge.samples.ssm.emulator.SeedReader;
import io.shapeforge.samples.ssm.emulator.SsmEmulator;
import io.shapeforge.samples.ssm.imported.model.AmazonSsmTables;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionTaskIdentityValidator;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionValidator;
import java.util.List;

/**
 * Fuzzes the seed-file loader: a seed is a file a user hands the emulator, so every byte of it is
 * untrusted input too.
 *
 * <p>The property: {@link SeedReader#parse} either refuses the bytes with {@link
 * InvalidSeedException} (and nothing else) listing at least one error, none of which shows Java
 * internals, or returns a document with no error in it, every record of which passes its generated
 * validator.
 */
class SeedLoaderFuzzTest {
  /** Reads a document as the seed reader does, but lets invalid records through to the builder. */
  private static final JsonCodec LENIENT = JsonCodec.builder().rejectUnknownMembers(true).build();

  @FuzzTest(maxDuration = "10m")
  void parse(byte[] seed) {
    SeedDocument document;
    try {
      document = SeedReader.parse(seed, "fuzz.json");
    } catch (InvalidSeedException refused) {
      assertFalse(refused.errors().isEmpty());
      for (String error : refused.errors()) {
        assertFalse(error.isBlank());
        ResponseText.assertClean(error, seed);
      }
      return;
    }
    assertEquals(List.of(), SeedReader.errorsOf(document));
    document.windowExecutions().forEach(MaintenanceWindowExecutionValidator.INSTANCE::check);
    document
        .windowExecutionTasks()
        .forEach(MaintenanceWindowExecutionTaskIdentityValidator.INSTANCE::check);
  }

  /**
   * The emulator loads a seed whole or not at all: a document that decodes (valid or not) is given
   * to the builder; when the builder refuses it the store stays empty, and when it accepts it every
   * record is stored. Either way the builder agrees with {@link SeedReader#parse}.
   */
  @FuzzTest(maxDuration = "10m")
  void loadAllOrNothing(byte[] seed) {
    SeedDocument document;
    try {
      document = LENIENT.decode(seed, SeedDocument.class);
    } catch (SerializationException notADocument) {
      return;
    }
    boolean readerAccepts = SeedReader.errorsOf(document).isEmpty();
    Store store = new InMemoryStore();
    try (SsmEmulator loaded = SsmEmulator.builder().store(store).seed(document).build()) {
      assertTrue(readerAccepts, "the builder loaded a seed the reader refuses");
      assertEquals(
          document.windowExecutions().size(),
          store.table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION).size());
      assertEquals(
          document.windowExecutionTasks().size(),
          store.table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION_TASK_IDENTITY).size());
    } catch (InvalidSeedException refused) {
      assertFalse(readerAccepts, "the builder refused a seed the reader accepts");
      assertEquals(0, store.table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION).size());
      assertEquals(
          0, store.table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION_TASK_IDENTITY).size());
    }
  }
}
