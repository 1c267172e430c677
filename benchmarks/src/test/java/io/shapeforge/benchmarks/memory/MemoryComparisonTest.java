package io.shapeforge.benchmarks.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(180)
class MemoryComparisonTest {
  @Test
  void measuresH2InAFreshJvm(@TempDir Path dir) throws Exception {
    MemoryResult result = MemoryComparison.measureInFreshJvm(new ObjectMapper(), "h2", 20_000, dir);
    assertEquals("h2", result.key());
    assertEquals(20_000, result.records());
    // A row holds two 36-character ids and an index entry: far above zero, whatever the GC noise.
    assertTrue(result.bytesPerRecord() > 72, "bytes per record: " + result.bytesPerRecord());
    assertEquals(
        (result.loadedBytes() - result.baselineBytes()) / 20_000.0, result.bytesPerRecord(), 1e-9);
  }

  @Test
  void unknownEngineIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> StoreLoaders.forKey("postgres"));
  }
}
