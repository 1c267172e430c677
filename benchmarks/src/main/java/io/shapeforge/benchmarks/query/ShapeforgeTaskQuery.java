package io.shapeforge.benchmarks.query;

import io.shapeforge.runtime.page.NextTokenCodec;
import io.shapeforge.runtime.store.InMemoryStore;
import io.shapeforge.runtime.store.Store;
import io.shapeforge.runtime.store.Table;
import io.shapeforge.samples.ssm.imported.model.AmazonSsmTables;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksQuery;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksRequest;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksResult;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecution;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionTaskIdentity;

/**
 * {@code DescribeMaintenanceWindowExecutionTasks} exactly as a user runs it: the generated {@link
 * DescribeMaintenanceWindowExecutionTasksQuery} (request validation, scope check, indexed filter,
 * keyset page, signed next token) over the runtime's {@link InMemoryStore} holding the generated
 * {@link AmazonSsmTables}.
 *
 * <pre>{@code
 * ShapeforgeTaskQuery query = new ShapeforgeTaskQuery();
 * query.putExecution(executionId);
 * query.put(task);
 * query.execute(request);
 * }</pre>
 */
public final class ShapeforgeTaskQuery {
  private final Table<MaintenanceWindowExecutionTaskIdentity> tasks;
  private final Table<MaintenanceWindowExecution> executions;
  private final DescribeMaintenanceWindowExecutionTasksQuery query;

  /** An empty in-memory store with the generated tables and query. */
  public ShapeforgeTaskQuery() {
    Store store = new InMemoryStore();
    tasks = store.table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION_TASK_IDENTITY);
    executions = store.table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION);
    query = new DescribeMaintenanceWindowExecutionTasksQuery(store, NextTokenCodec.withRandomKey());
  }

  /** Stores a window execution, the scope tasks belong to. */
  public void putExecution(String windowExecutionId) {
    executions.put(
        MaintenanceWindowExecution.builder().windowExecutionId(windowExecutionId).build());
  }

  /** Stores a task. */
  public void put(MaintenanceWindowExecutionTaskIdentity task) {
    tasks.put(task);
  }

  /** One page, as the generated operation answers it (the request is validated first). */
  public DescribeMaintenanceWindowExecutionTasksResult execute(
      DescribeMaintenanceWindowExecutionTasksRequest request) {
    return query.execute(request);
  }
}
