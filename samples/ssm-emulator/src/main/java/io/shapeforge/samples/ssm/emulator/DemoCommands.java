package io.shapeforge.samples.ssm.emulator;

import java.net.URI;

/**
 * The AWS CLI commands that {@code --demo} prints: each one works as pasted into a shell, against
 * the emulator's endpoint and the {@link DemoData} ids, with dummy credentials that the emulator
 * accepts without checking.
 */
final class DemoCommands {
  private DemoCommands() {}

  static String render(URI endpoint, DemoData demo) {
    String call =
        "aws ssm describe-maintenance-window-execution-tasks --endpoint-url " + reachable(endpoint);
    String large = demo.largeExecutionId();
    String nl = System.lineSeparator();
    return String.join(
        nl,
        "Demo data: 6 maintenance window executions, tasks in every status.",
        "Try it with the AWS CLI (any credentials work; these are dummies):",
        "",
        "  export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1",
        "",
        "  # A failed run: tasks that succeeded, failed, timed out and were cancelled",
        "  " + call + " --window-execution-id " + demo.failedExecutionId(),
        "",
        "  # "
            + DemoData.LARGE_EXECUTION_TASKS
            + " tasks: the CLI follows NextToken and merges every page",
        "  "
            + call
            + " --window-execution-id "
            + large
            + " --query 'length(WindowExecutionTaskIdentities)'",
        "",
        "  # Only the tasks that failed or timed out",
        "  "
            + call
            + " --window-execution-id "
            + large
            + " --filters Key=STATUS,Values=FAILED,TIMED_OUT"
            + " --query 'WindowExecutionTaskIdentities[].[TaskExecutionId,Status]' --output text",
        "",
        "  # One page of 10, and the NextToken to continue with --starting-token",
        "  " + call + " --window-execution-id " + large + " --max-items 10",
        "",
        "  # An execution that does not exist: DoesNotExistException",
        "  " + call + " --window-execution-id 00000000-0000-0000-0000-000000000000",
        "");
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
