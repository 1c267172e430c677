package io.shapeforge.benchmarks.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.util.List;

/**
 * Sets moto up for its nearest equivalent of DescribeMaintenanceWindowExecutionTasks: moto does not
 * implement that operation (it answers 500), so the scenario creates one maintenance window with
 * {@code tasks} registered tasks and measures {@code DescribeMaintenanceWindowTasks} on it, which
 * moto answers with every task at once (it does not page).
 */
final class MotoScenario {
  static final String PROBE_TARGET = "AmazonSSM.DescribeMaintenanceWindows";
  static final String MEASURED_TARGET = "AmazonSSM.DescribeMaintenanceWindowTasks";
  static final String UNSUPPORTED_TARGET = "AmazonSSM.DescribeMaintenanceWindowExecutionTasks";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SetupCalls calls = new SetupCalls();

  /** The cheap call whose first 200 marks moto as started. */
  static AwsJsonCall probe(URI endpoint) {
    return new AwsJsonCall(endpoint, PROBE_TARGET, "{}");
  }

  /** The status moto answers to the operation Shapeforge serves; checked, not assumed. */
  int statusOfUnsupportedOperation(URI endpoint) throws IOException, InterruptedException {
    return calls.status(
        new AwsJsonCall(
            endpoint,
            UNSUPPORTED_TARGET,
            "{\"WindowExecutionId\":\"a06e9f91-3b9c-4c3e-8bd4-246cc0000000\"}"));
  }

  /**
   * Creates a window with {@code tasks} tasks; returns the measured call, checked to list all of
   * them.
   */
  AwsJsonCall prepare(URI endpoint, int tasks) throws IOException, InterruptedException {
    ObjectNode window =
        JSON.createObjectNode()
            .put("Name", "shapeforge-bench-" + tasks)
            .put("Schedule", "cron(0 4 ? * SUN *)")
            .put("Duration", 2)
            .put("Cutoff", 1)
            .put("AllowUnassociatedTargets", true);
    String windowId =
        JSON.readTree(
                calls.send(
                    new AwsJsonCall(
                        endpoint, "AmazonSSM.CreateMaintenanceWindow", window.toString())))
            .path("WindowId")
            .asText();
    for (int task = 0; task < tasks; task++) {
      ObjectNode register =
          JSON.createObjectNode()
              .put("WindowId", windowId)
              .put("TaskArn", "AWS-RunPatchBaseline")
              .put("TaskType", "RUN_COMMAND")
              .put("MaxConcurrency", "1")
              .put("MaxErrors", "1")
              .put("Priority", 1)
              .put("Name", "task-" + task);
      register
          .putArray("Targets")
          .addObject()
          .put("Key", "InstanceIds")
          .putArray("Values")
          .add("i-0123456789abcdef0");
      calls.send(
          new AwsJsonCall(
              endpoint, "AmazonSSM.RegisterTaskWithMaintenanceWindow", register.toString()));
    }
    AwsJsonCall measured =
        new AwsJsonCall(
            endpoint,
            MEASURED_TARGET,
            JSON.createObjectNode().put("WindowId", windowId).toString());
    int listed = JSON.readTree(calls.send(measured)).path("Tasks").size();
    if (listed != tasks) {
      throw new IOException("moto listed " + listed + " tasks, expected " + tasks);
    }
    return measured;
  }

  /** The command that starts moto on the placeholder port. */
  static List<String> command(String motoServer) {
    return List.of(motoServer, "-H", "127.0.0.1", "-p", LaunchedServer.PORT_PLACEHOLDER);
  }
}
