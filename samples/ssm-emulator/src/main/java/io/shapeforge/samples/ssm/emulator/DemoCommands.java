package io.shapeforge.samples.ssm.emulator;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The AWS CLI commands that {@code --demo} prints, one or more for each maintenance-window
 * operation that reads: each one works as pasted into a shell, against the emulator's endpoint and
 * the {@link DemoData} ids, with dummy credentials that the emulator accepts without checking.
 * AwsCliTest runs every one of them with the real AWS CLI.
 */
final class DemoCommands {
  /** The execution id of the command that shows DoesNotExistException. */
  static final String MISSING_EXECUTION_ID = "00000000-0000-0000-0000-000000000000";

  private DemoCommands() {}

  static String render(URI endpoint, DemoData demo) {
    String url = " --endpoint-url " + reachable(endpoint);
    String window = " --window-id " + demo.nightlyWindowId();
    String failed = " --window-execution-id " + demo.failedExecutionId();
    String large = " --window-execution-id " + demo.largeExecutionId();
    String failedTask = failed + " --task-id " + demo.failedTaskExecutionId();
    List<String> lines = new ArrayList<>();
    lines.add(
        "Demo data: "
            + demo.executionCount()
            + " maintenance window executions run by the scheduler between "
            + DemoData.START
            + " and "
            + DemoData.END
            + ".");
    lines.add("Try it with the AWS CLI (any credentials work; these are dummies):");
    lines.add("");
    lines.add(
        "  export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1");
    example(
        lines,
        "The windows, and the nightly one with its targets and tasks",
        "aws ssm describe-maintenance-windows" + url,
        "aws ssm get-maintenance-window" + url + window,
        "aws ssm describe-maintenance-window-targets" + url + window,
        "aws ssm describe-maintenance-window-tasks" + url + window,
        "aws ssm get-maintenance-window-task"
            + url
            + window
            + " --window-task-id "
            + demo.patchTaskId());
    example(
        lines,
        "The windows that target an instance, and the next 3 runs of the one still scheduled",
        "aws ssm describe-maintenance-windows-for-target"
            + url
            + " --resource-type INSTANCE"
            + " --targets Key=InstanceIds,Values="
            + demo.webServerId(),
        "aws ssm describe-maintenance-window-schedule"
            + url
            + " --window-id "
            + demo.drillWindowId()
            + " --max-items 3");
    example(
        lines,
        "What the nightly window ran; one run failed: tasks that succeeded, failed, timed out"
            + " and were cancelled",
        "aws ssm describe-maintenance-window-executions" + url + window,
        "aws ssm get-maintenance-window-execution" + url + failed,
        "aws ssm describe-maintenance-window-execution-tasks" + url + failed);
    example(
        lines,
        "The task that failed, its invocations, and the one that failed",
        "aws ssm get-maintenance-window-execution-task" + url + failedTask,
        "aws ssm describe-maintenance-window-execution-task-invocations" + url + failedTask,
        "aws ssm get-maintenance-window-execution-task-invocation"
            + url
            + failedTask
            + " --invocation-id "
            + demo.failedInvocationId());
    example(
        lines,
        DemoData.LARGE_EXECUTION_TASKS + " tasks: the CLI follows NextToken and merges every page",
        "aws ssm describe-maintenance-window-execution-tasks"
            + url
            + large
            + " --query 'length(WindowExecutionTaskIdentities)'");
    example(
        lines,
        "Only the tasks that failed or timed out",
        "aws ssm describe-maintenance-window-execution-tasks"
            + url
            + large
            + " --filters Key=STATUS,Values=FAILED,TIMED_OUT"
            + " --query 'WindowExecutionTaskIdentities[].[TaskExecutionId,Status]' --output text");
    example(
        lines,
        "One page of 10, and the NextToken to continue with --starting-token",
        "aws ssm describe-maintenance-window-execution-tasks" + url + large + " --max-items 10");
    example(
        lines,
        "An execution that does not exist: DoesNotExistException",
        "aws ssm describe-maintenance-window-execution-tasks"
            + url
            + " --window-execution-id "
            + MISSING_EXECUTION_ID);
    lines.add("");
    return String.join(System.lineSeparator(), lines);
  }

  /** A blank line, a comment, and the commands it explains, indented for reading. */
  private static void example(List<String> lines, String comment, String... commands) {
    lines.add("");
    lines.add("  # " + comment);
    for (String command : commands) {
      lines.add("  " + command);
    }
  }

  /** A wildcard listen address cannot be dialled; the same port on loopback can. */
  private static String reachable(URI endpoint) {
    String host = endpoint.getHost();
    if ("0.0.0.0".equals(host) || "[::]".equals(host) || "::".equals(host)) {
      return "http://127.0.0.1:" + endpoint.getPort();
    }
    return endpoint.toString();
  }
}
