package io.shapeforge.benchmarks.memory;

import io.shapeforge.benchmarks.dataset.TaskDataset;

/**
 * Loads the data set into one storage engine for the memory measurement. The returned handle keeps
 * everything the engine holds reachable until it is closed. New engines are added to {@link
 * StoreLoaders}.
 */
public interface StoreLoader {
  /** The engine's name in reports, e.g. {@code "H2 in-memory"}. */
  String engine();

  /** Loads every task of {@code data}; the store stays alive until the handle is closed. */
  AutoCloseable load(TaskDataset data) throws Exception;
}
