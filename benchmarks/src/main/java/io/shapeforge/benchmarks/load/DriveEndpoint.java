package io.shapeforge.benchmarks.load;

import io.shapeforge.benchmarks.cli.Flags;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;

/**
 * Drives a server that is already running, one level after another, and prints each level: for
 * profiling a server under the same load as {@link LoadComparison} puts on it (attach JFR or a
 * sampler to the server while this runs).
 *
 * <pre>
 * java -XX:StartFlightRecording=filename=emulator.jfr -jar ssm-emulator.jar --demo --port 4583 &amp;
 * java -cp benchmarks.jar io.shapeforge.benchmarks.load.DriveEndpoint \
 *     --endpoint http://127.0.0.1:4583/ --target AmazonSSM.DescribeMaintenanceWindowExecutionTasks \
 *     --body '{"WindowExecutionId":"...","MaxResults":100}' --levels 32 --seconds 20
 * </pre>
 *
 * Flags: {@code --endpoint}, {@code --target}, {@code --body} (default {@code {}}), {@code
 * --levels} (default {@code 1,8,32}), {@code --seconds} (default 5), {@code --status} expected
 * (default 200), {@code --warmup-round-seconds} (default 2), {@code --warmup-max-rounds} (default
 * 10).
 */
public final class DriveEndpoint {
  private static final Set<String> FLAGS =
      Set.of(
          "endpoint",
          "target",
          "body",
          "levels",
          "seconds",
          "status",
          "warmup-round-seconds",
          "warmup-max-rounds");

  private DriveEndpoint() {}

  /** Drives the endpoint; see the class comment for the flags. */
  public static void main(String[] args) throws Exception {
    Flags flags = Flags.parse(args, FLAGS);
    AwsJsonCall call =
        new AwsJsonCall(
            URI.create(flags.value("endpoint", "http://127.0.0.1:4583/")),
            flags.value("target", EmulatorScenario.TARGET),
            flags.value("body", "{}"));
    SocketLoadDriver driver =
        new SocketLoadDriver(
            WarmUp.untilSettled(
                Duration.ofMillis((long) (flags.doubleValue("warmup-round-seconds", 2) * 1000)),
                flags.intValue("warmup-max-rounds", 10)),
            Duration.ofMillis((long) (flags.doubleValue("seconds", 5) * 1000)),
            Integer.MAX_VALUE);
    int status = flags.intValue("status", 200);
    for (int clients :
        Arrays.stream(flags.value("levels", "1,8,32").split(","))
            .mapToInt(Integer::parseInt)
            .toArray()) {
      System.out.println(driver.run(call, clients, status));
    }
  }
}
