package io.shapeforge.samples.ssm.windows;

import io.shapeforge.runtime.page.Page;
import io.shapeforge.runtime.resource.Created;
import io.shapeforge.runtime.resource.ResourceQuery;
import io.shapeforge.runtime.resource.ResourceStore;
import io.shapeforge.runtime.store.Column;
import io.shapeforge.runtime.store.Key;
import io.shapeforge.runtime.validation.ValidationException;
import io.shapeforge.samples.ssm.imported.model.DeregisterTaskFromMaintenanceWindowRequest;
import io.shapeforge.samples.ssm.imported.model.DeregisterTaskFromMaintenanceWindowResult;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowTasksRequest;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowTasksResult;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowTaskRequest;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowTaskResult;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowTask;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowTaskType;
import io.shapeforge.samples.ssm.imported.model.RegisterTaskWithMaintenanceWindowRequest;
import io.shapeforge.samples.ssm.imported.model.RegisterTaskWithMaintenanceWindowResult;
import io.shapeforge.samples.ssm.imported.model.UpdateMaintenanceWindowTaskRequest;
import io.shapeforge.samples.ssm.imported.model.UpdateMaintenanceWindowTaskResult;
import java.util.ArrayList;
import java.util.List;

/**
 * RegisterTaskWithMaintenanceWindow, GetMaintenanceWindowTask, UpdateMaintenanceWindowTask,
 * DeregisterTaskFromMaintenanceWindow and DescribeMaintenanceWindowTasks on the task resource, kept
 * under its window. All four task types are stored alike, with their {@code
 * TaskInvocationParameters} kept whole for GetMaintenanceWindowTask and the scheduler.
 *
 * <p>AWS semantics kept here: a task registered without targets gets {@code MaxConcurrency} and
 * {@code MaxErrors} of {@code 1} (API reference, DescribeMaintenanceWindowTasks: "For maintenance
 * window tasks without a specified target, you can't supply values for --max-errors and
 * --max-concurrency. Instead, the system inserts a placeholder value of 1"); Update changes only
 * the members sent, and with {@code Replace=true} needs {@code TaskArn} and clears the optional
 * members not sent.
 */
final class WindowTasks {
  private static final String PLACEHOLDER_LIMIT = "1";

  private static final Column<GetMaintenanceWindowTaskResult, String> TASK_ARN =
      Column.ofString("TaskArn", GetMaintenanceWindowTaskResult::taskArn);
  private static final Column<GetMaintenanceWindowTaskResult, Integer> PRIORITY =
      Column.ofInteger("Priority", GetMaintenanceWindowTaskResult::priority);
  private static final Column<GetMaintenanceWindowTaskResult, String> TASK_TYPE =
      Column.ofString("TaskType", GetMaintenanceWindowTaskResult::taskTypeAsString);

  /**
   * API reference, DescribeMaintenanceWindowTasks: "The supported filter keys are WindowTaskId,
   * TaskArn, Priority, and TaskType."
   */
  private static final DescribeFilter<GetMaintenanceWindowTaskResult> FILTERS =
      new DescribeFilter<GetMaintenanceWindowTaskResult>()
          .string("WindowTaskId", MaintenanceWindowTables.WINDOW_TASK_ID)
          .string("TaskArn", TASK_ARN)
          .integer("Priority", PRIORITY)
          .oneOf("TaskType", TASK_TYPE, taskTypes());

  private final ResourceStore resources;
  private final WindowResources definitions;

  WindowTasks(ResourceStore resources, WindowResources definitions) {
    this.resources = resources;
    this.definitions = definitions;
  }

  private static List<String> taskTypes() {
    List<String> types = new ArrayList<>(MaintenanceWindowTaskType.WIRE_VALUES);
    types.sort(null);
    return List.copyOf(types);
  }

  RegisterTaskWithMaintenanceWindowResult register(
      RegisterTaskWithMaintenanceWindowRequest request) {
    boolean untargeted = request.targets() == null || request.targets().isEmpty();
    Created created =
        resources.create(
            definitions.task,
            Key.of(request.windowId()),
            request.clientToken(),
            WindowResources.parameters(request),
            id ->
                GetMaintenanceWindowTaskResult.builder()
                    .windowId(request.windowId())
                    .windowTaskId(id)
                    .targets(request.targets())
                    .taskArn(request.taskArn())
                    .serviceRoleArn(request.serviceRoleArn())
                    .taskType(request.taskTypeAsString())
                    .taskParameters(request.taskParameters())
                    .taskInvocationParameters(request.taskInvocationParameters())
                    .priority(request.priority())
                    .maxConcurrency(limit(request.maxConcurrency(), untargeted))
                    .maxErrors(limit(request.maxErrors(), untargeted))
                    .loggingInfo(request.loggingInfo())
                    .name(request.name())
                    .description(request.description())
                    .cutoffBehavior(request.cutoffBehaviorAsString())
                    .alarmConfiguration(request.alarmConfiguration())
                    .build());
    return RegisterTaskWithMaintenanceWindowResult.builder()
        .windowTaskId(created.identifier())
        .build();
  }

  private static String limit(String sent, boolean untargeted) {
    return sent == null && untargeted ? PLACEHOLDER_LIMIT : sent;
  }

  GetMaintenanceWindowTaskResult get(GetMaintenanceWindowTaskRequest request) {
    return resources.get(definitions.task, Key.of(request.windowId(), request.windowTaskId()));
  }

  UpdateMaintenanceWindowTaskResult update(UpdateMaintenanceWindowTaskRequest request) {
    boolean replace = Boolean.TRUE.equals(request.replace());
    if (replace && request.taskArn() == null) {
      throw new ValidationException(WindowMessages.replaceNeeds("TaskArn"));
    }
    GetMaintenanceWindowTaskResult updated =
        resources.update(
            definitions.task,
            Key.of(request.windowId(), request.windowTaskId()),
            task -> changed(task, request, replace));
    return UpdateMaintenanceWindowTaskResult.builder()
        .windowId(updated.windowId())
        .windowTaskId(updated.windowTaskId())
        .targets(updated.targets())
        .taskArn(updated.taskArn())
        .serviceRoleArn(updated.serviceRoleArn())
        .taskParameters(updated.taskParameters())
        .taskInvocationParameters(updated.taskInvocationParameters())
        .priority(updated.priority())
        .maxConcurrency(updated.maxConcurrency())
        .maxErrors(updated.maxErrors())
        .loggingInfo(updated.loggingInfo())
        .name(updated.name())
        .description(updated.description())
        .cutoffBehavior(updated.cutoffBehaviorAsString())
        .alarmConfiguration(updated.alarmConfiguration())
        .build();
  }

  /** Members sent replace stored ones; with Replace, optional members not sent are cleared. */
  private static GetMaintenanceWindowTaskResult changed(
      GetMaintenanceWindowTaskResult task,
      UpdateMaintenanceWindowTaskRequest request,
      boolean replace) {
    GetMaintenanceWindowTaskResult.Builder changed = task.toBuilder();
    if (replace || request.targets() != null) {
      changed.targets(request.targets());
    }
    if (replace || request.taskArn() != null) {
      changed.taskArn(request.taskArn());
    }
    if (replace || request.serviceRoleArn() != null) {
      changed.serviceRoleArn(request.serviceRoleArn());
    }
    if (replace || request.taskParameters() != null) {
      changed.taskParameters(request.taskParameters());
    }
    if (replace || request.taskInvocationParameters() != null) {
      changed.taskInvocationParameters(request.taskInvocationParameters());
    }
    if (replace || request.priority() != null) {
      changed.priority(request.priority());
    }
    if (replace || request.maxConcurrency() != null) {
      changed.maxConcurrency(request.maxConcurrency());
    }
    if (replace || request.maxErrors() != null) {
      changed.maxErrors(request.maxErrors());
    }
    if (replace || request.loggingInfo() != null) {
      changed.loggingInfo(request.loggingInfo());
    }
    if (replace || request.name() != null) {
      changed.name(request.name());
    }
    if (replace || request.description() != null) {
      changed.description(request.description());
    }
    if (replace || request.cutoffBehaviorAsString() != null) {
      changed.cutoffBehavior(request.cutoffBehaviorAsString());
    }
    if (replace || request.alarmConfiguration() != null) {
      changed.alarmConfiguration(request.alarmConfiguration());
    }
    return changed.build();
  }

  DeregisterTaskFromMaintenanceWindowResult deregister(
      DeregisterTaskFromMaintenanceWindowRequest request) {
    resources.delete(definitions.task, Key.of(request.windowId(), request.windowTaskId()));
    return DeregisterTaskFromMaintenanceWindowResult.builder()
        .windowId(request.windowId())
        .windowTaskId(request.windowTaskId())
        .build();
  }

  DescribeMaintenanceWindowTasksResult describe(DescribeMaintenanceWindowTasksRequest request) {
    ResourceQuery.Builder<GetMaintenanceWindowTaskResult> query =
        ResourceQuery.builder(
                "DescribeMaintenanceWindowTasks",
                MaintenanceWindowTables.TASKS.primaryKey(),
                Key.of(request.windowId()))
            .parent(Key.of(request.windowId()))
            .pageSize(
                request.maxResults() == null
                    ? MaintenanceWindows.DEFAULT_PAGE_SIZE
                    : request.maxResults())
            .nextToken(request.nextToken());
    FILTERS.apply(request.filters(), query);
    Page<GetMaintenanceWindowTaskResult> page = resources.list(definitions.task, query.build());
    List<MaintenanceWindowTask> tasks = new ArrayList<>();
    for (GetMaintenanceWindowTaskResult task : page.items()) {
      tasks.add(
          MaintenanceWindowTask.builder()
              .windowId(task.windowId())
              .windowTaskId(task.windowTaskId())
              .taskArn(task.taskArn())
              .type(task.taskTypeAsString())
              .targets(task.targets())
              .taskParameters(task.taskParameters())
              .priority(task.priority())
              .loggingInfo(task.loggingInfo())
              .serviceRoleArn(task.serviceRoleArn())
              .maxConcurrency(task.maxConcurrency())
              .maxErrors(task.maxErrors())
              .name(task.name())
              .description(task.description())
              .cutoffBehavior(task.cutoffBehaviorAsString())
              .alarmConfiguration(task.alarmConfiguration())
              .build());
    }
    return DescribeMaintenanceWindowTasksResult.builder()
        .tasks(tasks)
        .nextToken(page.nextToken())
        .build();
  }
}
