package io.shapeforge.benchmarks.memory;

import io.shapeforge.benchmarks.alternatives.H2TaskTable;
import io.shapeforge.benchmarks.dataset.TaskDataset;

/**
 * H2 in-memory with the benchmark's table, primary key and (execution, status, start, task) index.
 */
final class H2StoreLoader implements StoreLoader {
  @Override
  public String engine() {
    return "H2 in-memory (table + composite index)";
  }

  @Override
  public AutoCloseable load(TaskDataset data) throws Exception {
    H2TaskTable table = H2TaskTable.create();
    table.insertAll(data);
    return table;
  }
}
