package io.shapeforge.benchmarks.query;

import io.shapeforge.runtime.page.NextTokenCodec;
import io.shapeforge.runtime.page.Page;
import io.shapeforge.runtime.query.FilterDefinition;
import io.shapeforge.runtime.query.FilterOperator;
import io.shapeforge.runtime.query.QueryDefinition;
import io.shapeforge.runtime.query.QueryEngine;
import io.shapeforge.runtime.query.RequestFilter;
import io.shapeforge.runtime.query.ScopeCheck;
import io.shapeforge.runtime.store.Column;
import io.shapeforge.runtime.store.InMemoryStore;
import io.shapeforge.runtime.store.Store;
import io.shapeforge.runtime.store.Table;
import io.shapeforge.runtime.store.TableSchema;
import io.shapeforge.samples.ssm.model.DoesNotExistException;
import io.shapeforge.samples.ssm.model.MaintenanceWindowExecution;
import io.shapeforge.samples.ssm.model.MaintenanceWindowExecutionTaskIdentity;
import java.time.Instant;
import java.util.List;

/**
 * The Shapeforge query engine for {@code DescribeMaintenanceWindowExecutionTasks} over generated
 * identities: the runtime's {@link InMemoryStore} and {@link QueryEngine}, wired from the spec's
 * {@code @Query} (scope, the STATUS filter, order by start time then task id) the way the runtime's
 * {@code GeneratedGlueShapeTest} shows the generated glue doing it. Once the processor writes that glue,
 * this class gives way to it.
 */
public final class ShapeforgeTaskQuery {
  static final Column<MaintenanceWindowExecutionTaskIdentity, String> EXECUTION =
      Column.ofString("windowExecutionId", MaintenanceWindowExecutionTaskIdentity::windowExecutionId);
  static final Column<MaintenanceWindowExecutionTaskIdentity, String> TASK =
      Column.ofString("taskExecutionId", MaintenanceWindowExecutionTaskIdentity::taskExecutionId);
  static final Column<MaintenanceWindowExecutionTaskIdentity, String> STATUS =
      Column.ofString("status", MaintenanceWindowExecutionTaskIdentity::statusAsString);
  static final Column<MaintenanceWindowExecutionTaskIdentity, Instant> START =
      Column.ofInstant("startTime", MaintenanceWindowExecutionTaskIdentity::startTime);

  static final QueryDefinition<MaintenanceWindowExecutionTaskIdentity, String> QUERY =
      QueryDefinition.builder("DescribeMaintenanceWindowExecutionTasks", EXECUTION)
          .filter(FilterDefinition.of("STATUS", STATUS, FilterOperator.IN,
              "PENDING", "IN_PROGRESS", "SUCCESS", "FAILED", "TIMED_OUT", "CANCELLING", "CANCELLED"))
          .orderBy(START.ascending(), TASK.ascending())
          .defaultPageSize(10)
          .build();
  static final TableSchema<MaintenanceWindowExecutionTaskIdentity> TASKS =
      TableSchema.builder("MaintenanceWindowExecutionTaskIdentity", EXECUTION.ascending(), TASK.ascending())
          .indexes(QUERY.indexes())
          .build();
  static final TableSchema<MaintenanceWindowExecution> EXECUTIONS = TableSchema.builder("MaintenanceWindowExecution",
      Column.<MaintenanceWindowExecution>ofString("windowExecutionId", MaintenanceWindowExecution::windowExecutionId).ascending())
      .build();

  private final Table<MaintenanceWindowExecutionTaskIdentity> tasks;
  private final Table<MaintenanceWindowExecution> executions;
  private final QueryEngine<MaintenanceWindowExecutionTaskIdentity, String> engine;

  /** An empty in-memory store with its tables and the engine. */
  public ShapeforgeTaskQuery() {
    Store store = new InMemoryStore();
    tasks = store.table(TASKS);
    executions = store.table(EXECUTIONS);
    engine = new QueryEngine<>(QUERY, tasks,
        ScopeCheck.parentIn(executions,
            id -> new DoesNotExistException("Maintenance window execution " + id + " does not exist")), NextTokenCodec.withRandomKey());
  }

  /** Stores a window execution, the scope tasks belong to. */
  public void putExecution(String windowExecutionId) {
    executions.put(MaintenanceWindowExecution.builder().windowExecutionId(windowExecutionId).build());
  }

  /** Stores a task. */
  public void put(MaintenanceWindowExecutionTaskIdentity task) {
    tasks.put(task);
  }

  /** One page, as the operation answers it. */
  public Page<MaintenanceWindowExecutionTaskIdentity> page(
      String windowExecutionId, List<RequestFilter> filters, Integer pageSize, String nextToken) {
    return engine.page(windowExecutionId, filters, pageSize, nextToken);
  }
}
