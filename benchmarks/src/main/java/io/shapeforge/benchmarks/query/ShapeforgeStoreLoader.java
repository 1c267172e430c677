package io.shapeforge.benchmarks.query;

import io.shapeforge.benchmarks.dataset.TaskDataset;
import io.shapeforge.benchmarks.memory.StoreLoader;
import java.lang.ref.Reference;

/** The Shapeforge in-memory store holding generated identities, with the query's indexes. */
public final class ShapeforgeStoreLoader implements StoreLoader {
  @Override
  public String engine() {
    return "Shapeforge in-memory store (generated models + query indexes)";
  }

  @Override
  public AutoCloseable load(TaskDataset data) {
    ShapeforgeTaskQuery store = new ShapeforgeTaskQuery();
    data.executionIds().forEach(store::putExecution);
    data.forEach(task -> store.put(IdentityModels.toModel(task)));
    return () -> Reference.reachabilityFence(store);
  }
}
