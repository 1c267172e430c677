package io.shapeforge.benchmarks.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.shapeforge.benchmarks.cli.Flags;
import io.shapeforge.benchmarks.dataset.TaskDataset;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Runs the load driver against the SSM emulator and against {@code moto_server}, each started fresh
 * by this program (so start-up time is measured too), and writes a {@link LoadReport} as JSON.
 *
 * <p>The emulator serves a page of {@code --page-size} items of the mid-table execution among
 * {@code --records} tasks. moto does not implement that operation, so it is measured on its nearest
 * equivalent, {@code DescribeMaintenanceWindowTasks}, on windows of {@code --page-size} tasks (the
 * same response size) and of {@value TaskDataset#TASKS_PER_EXECUTION} tasks (the same records as
 * one execution, returned unpaged).
 *
 * <pre>
 * java -cp benchmarks.jar io.shapeforge.benchmarks.load.LoadComparison --out results/raw/load.json \
 *     --emulator-jar samples/ssm-emulator/target/ssm-emulator.jar --moto moto_server --seconds 3
 * </pre>
 */
public final class LoadComparison {
  private static final Set<String> FLAGS =
      Set.of(
          "out",
          "emulator-jar",
          "moto",
          "records",
          "page-size",
          "levels",
          "warmup-seconds",
          "seconds",
          "max-requests");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private LoadComparison() {}

  /** Runs the comparison; see the class comment for the flags. */
  public static void main(String[] args) throws Exception {
    Flags flags = Flags.parse(args, FLAGS);
    Path out = Path.of(flags.value("out", "benchmarks/results/raw/load.json"));
    Files.createDirectories(out.toAbsolutePath().getParent());
    int[] levels =
        Arrays.stream(flags.value("levels", "1,8,32").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    double seconds = flags.doubleValue("seconds", 3);
    int maxRequests = flags.intValue("max-requests", 200_000);
    HttpLoadDriver driver =
        new HttpLoadDriver(
            Duration.ofMillis((long) (flags.doubleValue("warmup-seconds", 1) * 1000)),
            Duration.ofMillis((long) (seconds * 1000)),
            maxRequests);
    int pageSize = flags.intValue("page-size", 100);
    TaskDataset data = TaskDataset.of(flags.intValue("records", TaskDataset.TASKS_PER_EXECUTION));

    List<LoadSubject> subjects = new ArrayList<>();
    subjects.add(
        emulator(
            driver,
            levels,
            Path.of(flags.value("emulator-jar", "samples/ssm-emulator/target/ssm-emulator.jar")),
            data,
            pageSize,
            out.toAbsolutePath().getParent()));
    String moto = flags.value("moto", "moto_server");
    for (int tasks : new int[] {pageSize, TaskDataset.TASKS_PER_EXECUTION}) {
      subjects.add(moto(driver, levels, moto, tasks, out.toAbsolutePath().getParent()));
    }
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    json.writeValue(out.toFile(), new LoadReport(seconds, maxRequests, subjects));
    System.out.println(json.writeValueAsString(subjects));
  }

  private static LoadSubject emulator(
      HttpLoadDriver driver, int[] levels, Path jar, TaskDataset data, int pageSize, Path workDir) {
    String name = "Shapeforge SSM emulator";
    String operation =
        "DescribeMaintenanceWindowExecutionTasks, STATUS in (SUCCESS, FAILED), page of "
            + pageSize
            + " of an execution's "
            + Math.min(data.records(), TaskDataset.TASKS_PER_EXECUTION)
            + " tasks, "
            + data.records()
            + " tasks stored";
    if (!Files.isRegularFile(jar)) {
      return LoadSubject.notMeasured(name, operation, "no emulator jar at " + jar);
    }
    try {
      Path seed = workDir.resolve("emulator-seed.json");
      EmulatorScenario.writeSeed(data, seed);
      try (LaunchedServer server =
          LaunchedServer.launch(
              EmulatorScenario.command(jar, seed),
              endpoint -> EmulatorScenario.page(endpoint, data, pageSize),
              START_TIMEOUT,
              log(workDir, "emulator"))) {
        AwsJsonCall call = EmulatorScenario.page(server.endpoint(), data, pageSize);
        return new LoadSubject(
            name,
            operation,
            "the operation itself",
            server.timeToFirstServed().toNanos() / 1e6,
            measure(driver, call, levels),
            null);
      }
    } catch (Exception e) {
      return LoadSubject.notMeasured(name, operation, "failed: " + e);
    }
  }

  private static LoadSubject moto(
      HttpLoadDriver driver, int[] levels, String motoServer, int tasks, Path workDir) {
    String name = "moto_server " + motoVersion();
    String operation =
        "DescribeMaintenanceWindowTasks on a window of "
            + tasks
            + " tasks (unpaged: all "
            + tasks
            + " returned)";
    MotoScenario scenario = new MotoScenario();
    try (LaunchedServer server =
        LaunchedServer.launch(
            MotoScenario.command(motoServer),
            MotoScenario::probe,
            START_TIMEOUT,
            log(workDir, "moto"))) {
      int unsupported = scenario.statusOfUnsupportedOperation(server.endpoint());
      AwsJsonCall call = scenario.prepare(server.endpoint(), tasks);
      String note =
          "nearest equivalent: moto answers "
              + unsupported
              + " to DescribeMaintenanceWindowExecutionTasks";
      return new LoadSubject(
          name,
          operation,
          note,
          server.timeToFirstServed().toNanos() / 1e6,
          measure(driver, call, levels),
          null);
    } catch (Exception e) {
      return LoadSubject.notMeasured(name, operation, "failed: " + e);
    }
  }

  private static List<LoadLevel> measure(HttpLoadDriver driver, AwsJsonCall call, int[] levels)
      throws InterruptedException {
    List<LoadLevel> measured = new ArrayList<>();
    for (int clients : levels) {
      LoadLevel level = driver.run(call, clients);
      System.err.printf(
          "%s x%d: %.1f req/s, p50 %.0f us, p99 %.0f us, %d errors%n",
          call.target(),
          clients,
          level.requestsPerSecond(),
          level.p50Micros(),
          level.p99Micros(),
          level.errors());
      measured.add(level);
    }
    return measured;
  }

  private static File log(Path workDir, String server) {
    return workDir.resolve(server + ".log").toFile();
  }

  private static String motoVersion() {
    try {
      Process process =
          new ProcessBuilder("python3", "-c", "import moto; print(moto.__version__)")
              .redirectErrorStream(true)
              .start();
      String version = new String(process.getInputStream().readAllBytes()).trim();
      return process.waitFor() == 0 && !version.isEmpty() ? version : "(version unknown)";
    } catch (Exception e) {
      return "(version unknown)";
    }
  }
}
