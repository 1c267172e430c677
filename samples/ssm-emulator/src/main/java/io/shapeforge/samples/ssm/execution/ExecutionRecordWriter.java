package io.shapeforge.samples.ssm.execution;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.shapeforge.runtime.store.Transaction;
import io.shapeforge.samples.ssm.imported.model.AlarmConfiguration;
import io.shapeforge.samples.ssm.imported.model.AmazonSsmTables;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowExecutionTaskResult;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowTaskResult;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecution;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionTaskIdentity;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionTaskInvocationIdentity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes what the operations read from a run, in the transaction that changed it: the execution and
 * task records of the seed operation ({@code AmazonSsmTables}, in the hand-written spec's types)
 * and the views of {@link ExecutionTables}. It is the one place that knows the seed operation's
 * record types, so moving them to the imported model changes this class only.
 *
 * <p>Only what changed is written: a task execution or invocation equal to its previous version is
 * left alone.
 */
public final class ExecutionRecordWriter {
  /** Converts between the imported and the hand-written model: both map the same wire names. */
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ExecutionRecordWriter() {}

  /**
   * Writes {@code after}, a new run when {@code before} is {@code null}.
   *
   * @param tx the transaction that wrote the run
   */
  static void write(Transaction tx, WindowRun before, WindowRun after) {
    if (before == null || !sameExecution(before, after)) {
      tx.table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION).put(seedExecution(after));
      tx.table(ExecutionTables.EXECUTIONS).put(listedExecution(after));
    }
    Map<String, TaskRun> previous = new HashMap<>();
    if (before != null) {
      before.tasks().forEach(task -> previous.put(task.taskExecutionId(), task));
    }
    for (TaskRun task : after.tasks()) {
      TaskRun old = previous.get(task.taskExecutionId());
      if (!task.started() || task.equals(old)) {
        continue;
      }
      if (old == null || !sameTask(old, task)) {
        tx.table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION_TASK_IDENTITY)
            .put(taskIdentity(after, task));
        tx.table(ExecutionTables.TASK_EXECUTIONS).put(taskExecution(after, task));
      }
      List<InvocationRun> oldInvocations = old == null ? List.of() : old.invocations();
      for (int i = 0; i < task.invocations().size(); i++) {
        InvocationRun invocation = task.invocations().get(i);
        if (i >= oldInvocations.size() || !invocation.equals(oldInvocations.get(i))) {
          tx.table(ExecutionTables.INVOCATIONS).put(invocation(after, task, invocation));
        }
      }
    }
  }

  /**
   * Lists an execution that did not come from the scheduler (a seed file's, or one put through the
   * embedding API) for DescribeMaintenanceWindowExecutions, as the scheduler lists its own.
   *
   * @param tx the transaction that stores the execution
   */
  public static void listOther(
      Transaction tx,
      io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecution execution) {
    if (execution.windowId() != null) {
      tx.table(ExecutionTables.EXECUTIONS)
          .put(MAPPER.convertValue(execution, MaintenanceWindowExecution.class));
    }
  }

  private static boolean sameExecution(WindowRun a, WindowRun b) {
    return a.status() == b.status()
        && Objects.equals(a.statusDetails(), b.statusDetails())
        && Objects.equals(a.endTime(), b.endTime());
  }

  private static boolean sameTask(TaskRun a, TaskRun b) {
    return a.status() == b.status()
        && Objects.equals(a.statusDetails(), b.statusDetails())
        && Objects.equals(a.startTime(), b.startTime())
        && Objects.equals(a.endTime(), b.endTime());
  }

  static io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecution seedExecution(
      WindowRun run) {
    return io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecution.builder()
        .windowId(run.windowId())
        .windowExecutionId(run.windowExecutionId())
        .status(run.status().name())
        .statusDetails(run.statusDetails())
        .startTime(run.startTime())
        .endTime(run.endTime())
        .build();
  }

  static MaintenanceWindowExecution listedExecution(WindowRun run) {
    return MaintenanceWindowExecution.builder()
        .windowId(run.windowId())
        .windowExecutionId(run.windowExecutionId())
        .status(run.status().name())
        .statusDetails(run.statusDetails())
        .startTime(run.startTime())
        .endTime(run.endTime())
        .build();
  }

  private static MaintenanceWindowExecutionTaskIdentity taskIdentity(WindowRun run, TaskRun task) {
    GetMaintenanceWindowTaskResult registered = task.task();
    return MaintenanceWindowExecutionTaskIdentity.builder()
        .windowExecutionId(run.windowExecutionId())
        .taskExecutionId(task.taskExecutionId())
        .status(task.status().name())
        .statusDetails(task.statusDetails())
        .startTime(task.startTime())
        .endTime(task.endTime())
        .taskArn(registered.taskArn())
        .taskType(registered.taskTypeAsString())
        .alarmConfiguration(
            registered.alarmConfiguration() == null
                ? null
                : MAPPER.convertValue(registered.alarmConfiguration(), AlarmConfiguration.class))
        .build();
  }

  private static GetMaintenanceWindowExecutionTaskResult taskExecution(
      WindowRun run, TaskRun task) {
    GetMaintenanceWindowTaskResult registered = task.task();
    return GetMaintenanceWindowExecutionTaskResult.builder()
        .windowExecutionId(run.windowExecutionId())
        .taskExecutionId(task.taskExecutionId())
        .taskArn(registered.taskArn())
        .serviceRole(registered.serviceRoleArn())
        .type(registered.taskTypeAsString())
        .taskParameters(
            registered.taskParameters() == null || registered.taskParameters().isEmpty()
                ? null
                : List.of(registered.taskParameters()))
        .priority(registered.priority())
        .maxConcurrency(registered.maxConcurrency())
        .maxErrors(registered.maxErrors())
        .status(task.status().name())
        .statusDetails(task.statusDetails())
        .startTime(task.startTime())
        .endTime(task.endTime())
        .alarmConfiguration(registered.alarmConfiguration())
        .build();
  }

  private static MaintenanceWindowExecutionTaskInvocationIdentity invocation(
      WindowRun run, TaskRun task, InvocationRun invocation) {
    return MaintenanceWindowExecutionTaskInvocationIdentity.builder()
        .windowExecutionId(run.windowExecutionId())
        .taskExecutionId(task.taskExecutionId())
        .invocationId(invocation.invocationId())
        .executionId(invocation.executionId())
        .taskType(task.task().taskTypeAsString())
        .parameters(invocation.parameters())
        .status(invocation.status().name())
        .statusDetails(invocation.statusDetails())
        .startTime(invocation.startTime())
        .endTime(invocation.endTime())
        .ownerInformation(invocation.target().ownerInformation())
        .windowTargetId(invocation.target().windowTargetId())
        .build();
  }
}
