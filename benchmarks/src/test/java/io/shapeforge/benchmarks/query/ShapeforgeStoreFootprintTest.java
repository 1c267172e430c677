package io.shapeforge.benchmarks.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapeforge.benchmarks.memory.StoreLoaders;
import org.junit.jupiter.api.Test;

class ShapeforgeStoreFootprintTest {
  @Test
  void theStoreIsMeasuredFirstWhenTheEmulatorIsOnTheClassPath() {
    assertEquals("shapeforge", StoreLoaders.keys().iterator().next());
    assertTrue(StoreLoaders.forKey("shapeforge") instanceof ShapeforgeStoreLoader);
  }
}
