package io.shapeforge.samples.ssm.execution;

import io.shapeforge.runtime.query.FilterDefinition;
import io.shapeforge.runtime.query.FilterOperator;
import io.shapeforge.runtime.query.QueryDefinition;
import io.shapeforge.runtime.store.Column;
import io.shapeforge.runtime.store.IndexDefinition;
import io.shapeforge.runtime.store.RecordCodec;
import io.shapeforge.runtime.store.TableSchema;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowExecutionTaskResult;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecution;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionTaskInvocationIdentity;
import java.time.Instant;

/**
 * The tables of executions: the scheduler's own records ({@link #RUNS}, {@link #PROGRESS}) and the
 * views the execution operations read, each in the shape its operation answers with. The seed
 * operation's tables ({@code AmazonSsmTables}) are written beside these.
 */
public final class ExecutionTables {
  private static final String[] STATUSES = {
    "PENDING", "IN_PROGRESS", "SUCCESS", "FAILED", "TIMED_OUT", "CANCELLING", "CANCELLED"
  };

  static final Column<WindowRun, String> RUN_WINDOW_ID =
      Column.ofString("WindowId", WindowRun::windowId);
  static final Column<WindowRun, Instant> RUN_SCHEDULED_START =
      Column.ofInstant("ScheduledStart", WindowRun::scheduledStart);
  static final Column<WindowRun, String> RUN_EXECUTION_ID =
      Column.ofString("WindowExecutionId", WindowRun::windowExecutionId);
  static final Column<WindowRun, Boolean> RUN_OPEN = Column.ofBoolean("Open", WindowRun::open);

  /** Looks a run up by its execution id. */
  static final IndexDefinition<WindowRun> RUN_BY_EXECUTION_ID =
      IndexDefinition.of("byExecutionId", RUN_EXECUTION_ID.ascending());

  /** The runs still open, per window, oldest first: what the scheduler carries on. */
  static final IndexDefinition<WindowRun> OPEN_RUNS =
      IndexDefinition.of(
          "open", RUN_OPEN.ascending(), RUN_WINDOW_ID.ascending(), RUN_SCHEDULED_START.ascending());

  /**
   * One record per execution, keyed by (WindowId, scheduled start): inserting it is the claim that
   * makes each due run happen once, whichever node sees it first.
   */
  public static final TableSchema<WindowRun> RUNS =
      TableSchema.builder(
              "ShapeforgeWindowRun", RUN_WINDOW_ID.ascending(), RUN_SCHEDULED_START.ascending())
          .index(RUN_BY_EXECUTION_ID)
          .index(OPEN_RUNS)
          .codec(RecordCodec.json(WindowRun.class))
          .build();

  /** How far the scheduler has looked at each window's schedule. */
  public static final TableSchema<WindowProgress> PROGRESS =
      TableSchema.builder(
              "ShapeforgeWindowProgress",
              Column.ofString("WindowId", WindowProgress::windowId).ascending())
          .codec(RecordCodec.json(WindowProgress.class))
          .build();

  static final Column<MaintenanceWindowExecution, String> EXECUTION_WINDOW_ID =
      Column.ofString("WindowId", MaintenanceWindowExecution::windowId);
  static final Column<MaintenanceWindowExecution, String> EXECUTION_ID =
      Column.ofString("WindowExecutionId", MaintenanceWindowExecution::windowExecutionId);
  static final Column<MaintenanceWindowExecution, Instant> EXECUTION_START_TIME =
      Column.ofInstant("StartTime", MaintenanceWindowExecution::startTime);

  /**
   * DescribeMaintenanceWindowExecutions: a window's executions, newest first, with the two filter
   * keys AWS documents for it, {@code ExecutedBefore} and {@code ExecutedAfter}, whose values are
   * ISO 8601 date-times compared with the execution's start.
   */
  static final QueryDefinition<MaintenanceWindowExecution, String> DESCRIBE_EXECUTIONS =
      QueryDefinition.builder("DescribeMaintenanceWindowExecutions", EXECUTION_WINDOW_ID)
          .filter(
              FilterDefinition.of("ExecutedBefore", EXECUTION_START_TIME, FilterOperator.BEFORE))
          .filter(FilterDefinition.of("ExecutedAfter", EXECUTION_START_TIME, FilterOperator.AFTER))
          .orderBy(EXECUTION_START_TIME.descending(), EXECUTION_ID.ascending())
          .defaultPageSize(10)
          .filterMembers("filters", "key", "values")
          .build();

  /** The executions as DescribeMaintenanceWindowExecutions lists them. */
  public static final TableSchema<MaintenanceWindowExecution> EXECUTIONS =
      TableSchema.builder("ShapeforgeWindowExecution", EXECUTION_ID.ascending())
          .indexes(DESCRIBE_EXECUTIONS.indexes())
          .codec(RecordCodec.json(MaintenanceWindowExecution.class))
          .build();

  /** The task executions as GetMaintenanceWindowExecutionTask answers them. */
  public static final TableSchema<GetMaintenanceWindowExecutionTaskResult> TASK_EXECUTIONS =
      TableSchema.builder(
              "ShapeforgeTaskExecution",
              Column.ofString(
                      "WindowExecutionId",
                      GetMaintenanceWindowExecutionTaskResult::windowExecutionId)
                  .ascending(),
              Column.ofString(
                      "TaskExecutionId", GetMaintenanceWindowExecutionTaskResult::taskExecutionId)
                  .ascending())
          .codec(RecordCodec.json(GetMaintenanceWindowExecutionTaskResult.class))
          .build();

  /**
   * An invocation's scope, its execution and task execution in one value, because a query has one
   * scope column.
   */
  static final Column<MaintenanceWindowExecutionTaskInvocationIdentity, String> INVOCATION_SCOPE =
      Column.ofString(
          "TaskScope",
          invocation -> taskScope(invocation.windowExecutionId(), invocation.taskExecutionId()));

  static final Column<MaintenanceWindowExecutionTaskInvocationIdentity, String> INVOCATION_ID =
      Column.ofString(
          "InvocationId", MaintenanceWindowExecutionTaskInvocationIdentity::invocationId);
  static final Column<MaintenanceWindowExecutionTaskInvocationIdentity, Instant>
      INVOCATION_START_TIME =
          Column.ofInstant(
              "StartTime", MaintenanceWindowExecutionTaskInvocationIdentity::startTime);
  static final Column<MaintenanceWindowExecutionTaskInvocationIdentity, String> INVOCATION_STATUS =
      Column.ofString("Status", MaintenanceWindowExecutionTaskInvocationIdentity::statusAsString);

  /**
   * DescribeMaintenanceWindowExecutionTaskInvocations: a task execution's invocations in start
   * order, with the one filter key AWS documents for it, {@code STATUS}, and its seven values.
   */
  static final QueryDefinition<MaintenanceWindowExecutionTaskInvocationIdentity, String>
      DESCRIBE_INVOCATIONS =
          QueryDefinition.builder(
                  "DescribeMaintenanceWindowExecutionTaskInvocations", INVOCATION_SCOPE)
              .filter(FilterDefinition.of("STATUS", INVOCATION_STATUS, FilterOperator.IN, STATUSES))
              .orderBy(INVOCATION_START_TIME.ascending(), INVOCATION_ID.ascending())
              .defaultPageSize(10)
              .filterMembers("filters", "key", "values")
              .build();

  /** The invocations, keyed by (task scope, InvocationId). */
  public static final TableSchema<MaintenanceWindowExecutionTaskInvocationIdentity> INVOCATIONS =
      TableSchema.builder(
              "ShapeforgeTaskInvocation", INVOCATION_SCOPE.ascending(), INVOCATION_ID.ascending())
          .indexes(DESCRIBE_INVOCATIONS.indexes())
          .codec(RecordCodec.json(MaintenanceWindowExecutionTaskInvocationIdentity.class))
          .build();

  private ExecutionTables() {}

  /** The scope value of a task execution's invocations. */
  static String taskScope(String windowExecutionId, String taskExecutionId) {
    return windowExecutionId + "/" + taskExecutionId;
  }

  /** The execution and task execution ids of a {@link #taskScope}. */
  static String[] splitTaskScope(String scope) {
    int slash = scope.indexOf('/');
    return new String[] {scope.substring(0, slash), scope.substring(slash + 1)};
  }
}
