package io.shapeforge.samples.ssm.execution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Carries an execution on in emulator time, event by event: a priority group's tasks start together
 * once the group before has finished, each starts invocations within its {@code MaxConcurrency}
 * until its targets are used up or its errors exceed {@code MaxErrors}, an invocation ends with its
 * outcome at its finishing time, and no task starts after the cutoff. Pure: the result depends only
 * on the run, the time and the ids it is given, so that whichever node carries a run on, under the
 * lock of its record, writes the same history.
 *
 * <p>The rules follow AWS's descriptions: tasks "with the same priority value are scheduled in
 * parallel" and lower values first (RegisterTaskWithMaintenanceWindow, {@code Priority}); {@code
 * Cutoff} is "the number of hours before the end of the maintenance window that Amazon Web Services
 * Systems Manager stops scheduling new tasks for execution" (CreateMaintenanceWindow); with {@code
 * CutoffBehavior} {@code CANCEL_TASK} no new invocation starts at the cutoff, Run Command
 * invocations still running are cancelled, and "the status for tasks that are not completed is
 * TIMED_OUT" (RegisterTaskWithMaintenanceWindow).
 */
final class RunProgress {
  private final OutcomeRules rules;
  private final Supplier<String> ids;

  /**
   * @param rules decides the outcome of each invocation as it starts
   * @param ids mints the ids of invocations and their service executions
   */
  RunProgress(OutcomeRules rules, Supplier<String> ids) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.ids = Objects.requireNonNull(ids, "ids");
  }

  /** The run as it stands at {@code now}; a finished run is returned as it is. */
  WindowRun advance(WindowRun run, Instant now) {
    if (!run.open()) {
      return run;
    }
    if (run.cancelRequested()) {
      return cancelled(run, later(now, run.processedUpTo()));
    }
    Instant time = run.processedUpTo();
    while (true) {
      run = settle(run, time);
      if (!run.open()) {
        return run;
      }
      Instant next = nextEvent(run, time);
      if (next == null || next.isAfter(now)) {
        return run.processedUpTo(later(now, time));
      }
      time = next;
      run = finishDue(run, time);
      if (time.equals(run.cutoffAt())) {
        run = cutOff(run, time);
      }
    }
  }

  /**
   * Marks a run CANCELLING, with its running tasks and invocations; the next {@link #advance} ends
   * them CANCELLED. A finished run is returned as it is.
   */
  static WindowRun requestCancel(WindowRun run) {
    if (!run.open()) {
      return run;
    }
    List<TaskRun> tasks = new ArrayList<>();
    for (TaskRun task : run.tasks()) {
      if (task.running()) {
        List<InvocationRun> invocations = new ArrayList<>();
        for (InvocationRun invocation : task.invocations()) {
          invocations.add(
              invocation.status().isFinal()
                  ? invocation
                  : invocation.withStatus(RunStatus.CANCELLING));
        }
        task =
            task.withInvocations(invocations, true)
                .withStatus(RunStatus.CANCELLING, null, task.startTime(), null);
      }
      tasks.add(task);
    }
    return run.with(tasks).cancelling();
  }

  /** Everything that happens at {@code time} without time passing, until nothing more does. */
  private WindowRun settle(WindowRun run, Instant time) {
    boolean changed = true;
    while (changed && run.open()) {
      changed = false;
      List<TaskRun> tasks = new ArrayList<>(run.tasks());
      for (int i = 0; i < tasks.size(); i++) {
        TaskRun before = tasks.get(i);
        TaskRun task = before.running() ? launchAndComplete(before, time) : before;
        if (!task.equals(before)) {
          tasks.set(i, task);
          changed = true;
        }
      }
      run = run.with(tasks);
      if (tasks.stream().noneMatch(TaskRun::running)) {
        WindowRun next = startNextGroupOrFinish(run, time);
        changed |= !next.equals(run);
        run = next;
      }
    }
    return run;
  }

  private TaskRun launchAndComplete(TaskRun task, Instant time) {
    long allowedErrors = TaskLimits.allowedErrors(task.task().maxErrors(), task.targets().size());
    if (!task.stopped() && task.errors() > allowedErrors) {
      task = task.withInvocations(task.invocations(), true);
    }
    while (task.mayLaunch()) {
      task = task.plus(launch(task, time));
    }
    boolean nothingLeft = task.stopped() || task.invocations().size() == task.targets().size();
    if (task.runningInvocations() == 0 && nothingLeft) {
      task = task.withStatus(endStatusOf(task), null, task.startTime(), time);
    }
    return task;
  }

  private InvocationRun launch(TaskRun task, Instant time) {
    RunTarget target = task.targets().get(task.invocations().size());
    OutcomeRule outcome = rules.outcomeOf(task.task().taskArn(), target.instanceId());
    return new InvocationRun(
        ids.get(),
        ids.get(),
        target,
        InvocationParameters.of(task.task()),
        RunStatus.IN_PROGRESS,
        null,
        time,
        null,
        time.plusSeconds(outcome.durationOrDefault()),
        outcome.status(),
        outcome.statusDetails());
  }

  /**
   * A finished task is FAILED when an invocation failed, TIMED_OUT when one timed out or the cutoff
   * left targets without an invocation, CANCELLED when a scripted outcome cancelled one, and
   * SUCCESS otherwise (a task whose targets resolve to no instance included).
   */
  private static RunStatus endStatusOf(TaskRun task) {
    List<RunStatus> ends = task.invocations().stream().map(InvocationRun::status).toList();
    if (ends.contains(RunStatus.FAILED)) {
      return RunStatus.FAILED;
    }
    if (ends.contains(RunStatus.TIMED_OUT)
        || (task.cancelsAtCutoff() && task.stopped() && ends.size() < task.targets().size())) {
      return RunStatus.TIMED_OUT;
    }
    return ends.contains(RunStatus.CANCELLED) ? RunStatus.CANCELLED : RunStatus.SUCCESS;
  }

  private static WindowRun startNextGroupOrFinish(WindowRun run, Instant time) {
    List<TaskRun> waiting = run.tasks().stream().filter(task -> !task.started()).toList();
    if (waiting.isEmpty() || time.isAfter(run.cutoffAt())) {
      return run.ended(endStatusOf(run, !waiting.isEmpty()), null, time);
    }
    int priority = waiting.stream().mapToInt(TaskRun::priority).min().orElseThrow();
    List<TaskRun> tasks = new ArrayList<>();
    for (TaskRun task : run.tasks()) {
      boolean starts = !task.started() && task.priority() == priority;
      tasks.add(starts ? task.withStatus(RunStatus.IN_PROGRESS, null, time, null) : task);
    }
    return run.with(tasks);
  }

  /**
   * A finished execution is FAILED when a task failed, TIMED_OUT when one timed out or the cutoff
   * kept tasks from starting, CANCELLED when a task was cancelled, and SUCCESS otherwise.
   */
  private static RunStatus endStatusOf(WindowRun run, boolean cutOffTasks) {
    List<RunStatus> ends =
        run.tasks().stream().filter(TaskRun::started).map(TaskRun::status).toList();
    if (ends.contains(RunStatus.FAILED)) {
      return RunStatus.FAILED;
    }
    if (cutOffTasks || ends.contains(RunStatus.TIMED_OUT)) {
      return RunStatus.TIMED_OUT;
    }
    return ends.contains(RunStatus.CANCELLED) ? RunStatus.CANCELLED : RunStatus.SUCCESS;
  }

  /** The earliest time after {@code time} at which something happens, or {@code null}. */
  private static Instant nextEvent(WindowRun run, Instant time) {
    Instant next = null;
    for (TaskRun task : run.tasks()) {
      if (!task.running()) {
        continue;
      }
      for (InvocationRun invocation : task.invocations()) {
        if (!invocation.status().isFinal()) {
          next = earlier(next, invocation.finishesAt());
        }
      }
      if (task.cancelsAtCutoff() && !task.stopped() && time.isBefore(run.cutoffAt())) {
        next = earlier(next, run.cutoffAt());
      }
    }
    return next;
  }

  /** Ends every running invocation whose finishing time has come, with its outcome. */
  private static WindowRun finishDue(WindowRun run, Instant time) {
    List<TaskRun> tasks = new ArrayList<>();
    for (TaskRun task : run.tasks()) {
      if (task.running()) {
        List<InvocationRun> invocations = new ArrayList<>();
        for (InvocationRun invocation : task.invocations()) {
          boolean due = !invocation.status().isFinal() && !invocation.finishesAt().isAfter(time);
          invocations.add(
              due
                  ? invocation.ended(
                      invocation.outcome(), invocation.outcomeDetails(), invocation.finishesAt())
                  : invocation);
        }
        task = task.withInvocations(invocations, task.stopped());
      }
      tasks.add(task);
    }
    return run.with(tasks);
  }

  /**
   * At the cutoff, a task with {@code CutoffBehavior} {@code CANCEL_TASK} starts no further
   * invocation, and its Run Command invocations still running end TIMED_OUT.
   */
  private static WindowRun cutOff(WindowRun run, Instant time) {
    List<TaskRun> tasks = new ArrayList<>();
    for (TaskRun task : run.tasks()) {
      if (task.running() && task.cancelsAtCutoff()) {
        boolean runCommand = "RUN_COMMAND".equals(task.task().taskTypeAsString());
        List<InvocationRun> invocations = new ArrayList<>();
        for (InvocationRun invocation : task.invocations()) {
          boolean stops = runCommand && !invocation.status().isFinal();
          invocations.add(stops ? invocation.ended(RunStatus.TIMED_OUT, null, time) : invocation);
        }
        task = task.withInvocations(invocations, true);
      }
      tasks.add(task);
    }
    return run.with(tasks);
  }

  /** Ends a run that was asked to stop: what has not finished is CANCELLED at {@code time}. */
  private static WindowRun cancelled(WindowRun run, Instant time) {
    List<TaskRun> tasks = new ArrayList<>();
    for (TaskRun task : run.tasks()) {
      if (task.started() && !task.status().isFinal()) {
        List<InvocationRun> invocations = new ArrayList<>();
        for (InvocationRun invocation : task.invocations()) {
          invocations.add(
              invocation.status().isFinal()
                  ? invocation
                  : invocation.ended(RunStatus.CANCELLED, null, time));
        }
        task =
            task.withInvocations(invocations, true)
                .withStatus(RunStatus.CANCELLED, null, task.startTime(), time);
      }
      tasks.add(task);
    }
    return run.with(tasks).ended(RunStatus.CANCELLED, null, time).processedUpTo(time);
  }

  private static Instant earlier(Instant a, Instant b) {
    return a == null || b.isBefore(a) ? b : a;
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
