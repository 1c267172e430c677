package io.shapeforge.samples.ssm.execution;

import io.shapeforge.runtime.page.NextTokenCodec;
import io.shapeforge.runtime.page.Page;
import io.shapeforge.runtime.query.QueryEngine;
import io.shapeforge.runtime.query.RequestFilter;
import io.shapeforge.runtime.query.ScopeCheck;
import io.shapeforge.runtime.store.Key;
import io.shapeforge.runtime.store.ScanRange;
import io.shapeforge.runtime.store.Store;
import io.shapeforge.runtime.store.Table;
import io.shapeforge.samples.ssm.imported.model.AmazonSsmTables;
import io.shapeforge.samples.ssm.imported.model.CancelMaintenanceWindowExecutionRequest;
import io.shapeforge.samples.ssm.imported.model.CancelMaintenanceWindowExecutionResult;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTaskInvocationsRequest;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTaskInvocationsResult;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionsRequest;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionsResult;
import io.shapeforge.samples.ssm.imported.model.DoesNotExistException;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowExecutionRequest;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowExecutionResult;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowExecutionTaskInvocationRequest;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowExecutionTaskInvocationResult;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowExecutionTaskRequest;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowExecutionTaskResult;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecution;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionTaskIdentity;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionTaskInvocationIdentity;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowFilter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The execution operations besides the seed one: Describe and Get of executions, task executions
 * and invocations, and Cancel. Reads come from the tables the scheduler writes ({@link
 * ExecutionTables}, and the seed operation's tables for an execution and its task ids, so that an
 * execution loaded from a seed file is found too); listing goes through the runtime's query engine,
 * with its filter checks, ordering and authenticated next tokens.
 */
public final class ExecutionOperations {
  private final Store store;
  private final Scheduler scheduler;
  private final QueryEngine<MaintenanceWindowExecution, String> executions;
  private final QueryEngine<MaintenanceWindowExecutionTaskInvocationIdentity, String> invocations;

  /**
   * @param store the store the scheduler writes to
   * @param scheduler cancels executions
   * @param tokens issues and checks next tokens
   */
  public ExecutionOperations(Store store, Scheduler scheduler, NextTokenCodec tokens) {
    this.store = Objects.requireNonNull(store, "store");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    // DescribeMaintenanceWindowExecutions declares no DoesNotExistException: an unknown window
    // has no executions.
    this.executions =
        new QueryEngine<>(
            ExecutionTables.DESCRIBE_EXECUTIONS,
            store.table(ExecutionTables.EXECUTIONS),
            ScopeCheck.none(),
            tokens);
    // The engine checks the filters first and then the scope, so a bad filter is reported as
    // such even for an unknown task execution.
    this.invocations =
        new QueryEngine<>(
            ExecutionTables.DESCRIBE_INVOCATIONS,
            store.table(ExecutionTables.INVOCATIONS),
            scope -> {
              String[] ids = ExecutionTables.splitTaskScope(scope);
              requireTask(ids[0], ids[1]);
            },
            tokens);
  }

  /** DescribeMaintenanceWindowExecutions: a window's executions, newest first. */
  public DescribeMaintenanceWindowExecutionsResult describeExecutions(
      DescribeMaintenanceWindowExecutionsRequest request) {
    Page<MaintenanceWindowExecution> page =
        executions.page(
            request.windowId(),
            filtersOf(request.filters()),
            request.maxResults(),
            request.nextToken());
    return DescribeMaintenanceWindowExecutionsResult.builder()
        .windowExecutions(page.items())
        .nextToken(page.nextToken())
        .build();
  }

  /** GetMaintenanceWindowExecution: an execution and the ids of its task executions. */
  public GetMaintenanceWindowExecutionResult getExecution(
      GetMaintenanceWindowExecutionRequest request) {
    io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecution execution =
        requireExecution(request.windowExecutionId());
    return GetMaintenanceWindowExecutionResult.builder()
        .windowExecutionId(execution.windowExecutionId())
        .taskIds(taskIdsOf(execution.windowExecutionId()))
        .status(execution.statusAsString())
        .statusDetails(execution.statusDetails())
        .startTime(execution.startTime())
        .endTime(execution.endTime())
        .build();
  }

  /** GetMaintenanceWindowExecutionTask: one task execution in full. */
  public GetMaintenanceWindowExecutionTaskResult getTask(
      GetMaintenanceWindowExecutionTaskRequest request) {
    return requireTask(request.windowExecutionId(), request.taskId());
  }

  /** DescribeMaintenanceWindowExecutionTaskInvocations: a task execution's invocations. */
  public DescribeMaintenanceWindowExecutionTaskInvocationsResult describeInvocations(
      DescribeMaintenanceWindowExecutionTaskInvocationsRequest request) {
    Page<MaintenanceWindowExecutionTaskInvocationIdentity> page =
        invocations.page(
            ExecutionTables.taskScope(request.windowExecutionId(), request.taskId()),
            filtersOf(request.filters()),
            request.maxResults(),
            request.nextToken());
    return DescribeMaintenanceWindowExecutionTaskInvocationsResult.builder()
        .windowExecutionTaskInvocationIdentities(page.items())
        .nextToken(page.nextToken())
        .build();
  }

  /** GetMaintenanceWindowExecutionTaskInvocation: one invocation. */
  public GetMaintenanceWindowExecutionTaskInvocationResult getInvocation(
      GetMaintenanceWindowExecutionTaskInvocationRequest request) {
    requireTask(request.windowExecutionId(), request.taskId());
    MaintenanceWindowExecutionTaskInvocationIdentity invocation =
        store
            .table(ExecutionTables.INVOCATIONS)
            .get(
                Key.of(
                    ExecutionTables.taskScope(request.windowExecutionId(), request.taskId()),
                    request.invocationId()))
            .orElseThrow(
                () ->
                    new DoesNotExistException(
                        ExecutionMessages.invocationDoesNotExist(
                            request.taskId(), request.invocationId())));
    return GetMaintenanceWindowExecutionTaskInvocationResult.builder()
        .windowExecutionId(invocation.windowExecutionId())
        .taskExecutionId(invocation.taskExecutionId())
        .invocationId(invocation.invocationId())
        .executionId(invocation.executionId())
        .taskType(invocation.taskTypeAsString())
        .parameters(invocation.parameters())
        .status(invocation.statusAsString())
        .statusDetails(invocation.statusDetails())
        .startTime(invocation.startTime())
        .endTime(invocation.endTime())
        .ownerInformation(invocation.ownerInformation())
        .windowTargetId(invocation.windowTargetId())
        .build();
  }

  /**
   * CancelMaintenanceWindowExecution: stops what has not finished (CANCELLING now, CANCELLED once
   * the scheduler next passes); an execution that has finished is left as it is.
   */
  public CancelMaintenanceWindowExecutionResult cancel(
      CancelMaintenanceWindowExecutionRequest request) {
    String id = request.windowExecutionId();
    requireExecution(id);
    scheduler.cancel(id);
    return CancelMaintenanceWindowExecutionResult.builder().windowExecutionId(id).build();
  }

  private io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecution requireExecution(
      String id) {
    return store
        .table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION)
        .get(Key.of(id))
        .orElseThrow(() -> new DoesNotExistException(ExecutionMessages.executionDoesNotExist(id)));
  }

  private GetMaintenanceWindowExecutionTaskResult requireTask(String executionId, String taskId) {
    requireExecution(executionId);
    return store
        .table(ExecutionTables.TASK_EXECUTIONS)
        .get(Key.of(executionId, taskId))
        .orElseThrow(
            () ->
                new DoesNotExistException(ExecutionMessages.taskDoesNotExist(executionId, taskId)));
  }

  private List<String> taskIdsOf(String executionId) {
    Table<MaintenanceWindowExecutionTaskIdentity> tasks =
        store.table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION_TASK_IDENTITY);
    try (Stream<MaintenanceWindowExecutionTaskIdentity> all =
        tasks.scan(tasks.schema().primaryKey(), ScanRange.prefix(Key.of(executionId)))) {
      return all.map(MaintenanceWindowExecutionTaskIdentity::taskExecutionId).toList();
    }
  }

  private static List<RequestFilter> filtersOf(List<MaintenanceWindowFilter> filters) {
    return RequestFilter.from(
        filters, MaintenanceWindowFilter::key, MaintenanceWindowFilter::values);
  }
}
