package io.shapeforge.samples.ssm.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.shapeforge.samples.ssm.emulator.InvalidSeedException;
import io.shapeforge.samples.ssm.emulator.SeedDocument;
import io.shapeforge.samples.ssm.emulator.SeedReader;
import io.shapeforge.samples.ssm.model.MaintenanceWindowExecutionTaskIdentityValidator;
import io.shapeforge.samples.ssm.model.MaintenanceWindowExecutionValidator;
import java.util.List;

/**
 * Fuzzes the seed-file loader: a seed is a file a user hands the emulator, so every byte of it is
 * untrusted input too.
 *
 * <p>The property: {@link SeedReader#parse} either refuses the bytes with {@link
 * InvalidSeedException} (and nothing else) listing at least one error, none of which shows Java
 * internals, or returns a document with no error in it, every record of which passes its generated validator.
 */
class SeedLoaderFuzzTest {

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
    document.windowExecutionTasks().forEach(MaintenanceWindowExecutionTaskIdentityValidator.INSTANCE::check);
  }
}
