package io.shapeforge.benchmarks.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.shapeforge.benchmarks.cli.Flags;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the {@link SocketLoadDriver} against, in order:
 *
 * <ol>
 *   <li>its own ceiling: a {@link FixedResponseServer} answering a fixed body of {@code
 *       --ceiling-bytes} (28 KB, about the emulator's page of 100), in this JVM;
 *   <li>the SSM emulator jar as users start it, {@code --demo}, on the first page of {@code
 *       --page-size} tasks of the demo's large execution;
 *   <li>{@code moto_server} on the very same request (moto does not implement the operation: what
 *       it answers, and how fast, is measured and reported as such);
 *   <li>{@code moto_server} on its nearest equivalent, {@code DescribeMaintenanceWindowTasks} on a
 *       window of {@code --page-size} tasks (the same number of items).
 * </ol>
 *
 * Each server is started fresh by this program (so its start-up time is measured too); a JVM
 * server's highest level runs once unrecorded before its levels are measured, so that the JIT has
 * compiled its path before the first level. The result is written as a {@link LoadReport} in JSON.
 *
 * <pre>
 * java -cp benchmarks.jar io.shapeforge.benchmarks.load.LoadComparison --out results/raw/load.json \
 *     --emulator-jar samples/ssm-emulator/target/ssm-emulator.jar --moto moto_server --seconds 5
 * </pre>
 *
 * Flags: {@code --levels 1,8,32}, {@code --seconds} measured per level, {@code --max-requests} per
 * level, {@code --warmup-round-seconds} and {@code --warmup-max-rounds} (see {@link WarmUp}),
 * {@code --ceiling-bytes}, {@code --page-size}, {@code --only} (a comma-separated subset of {@code
 * ceiling,emulator,moto}).
 */
public final class LoadComparison {
  private static final Set<String> FLAGS =
      Set.of(
          "out",
          "emulator-jar",
          "moto",
          "page-size",
          "levels",
          "warmup-round-seconds",
          "warmup-max-rounds",
          "seconds",
          "max-requests",
          "ceiling-bytes",
          "only");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  private static final String NO_EXECUTION_YET = "00000000-0000-0000-0000-000000000000";

  private LoadComparison() {}

  /** Runs the comparison; see the class comment for the flags. */
  public static void main(String[] args) throws Exception {
    Flags flags = Flags.parse(args, FLAGS);
    Path out = Path.of(flags.value("out", "benchmarks/results/raw/load.json"));
    Path workDir = out.toAbsolutePath().getParent();
    Files.createDirectories(workDir);
    int[] levels =
        Arrays.stream(flags.value("levels", "1,8,32").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    double seconds = flags.doubleValue("seconds", 5);
    int maxRequests = flags.intValue("max-requests", 2_000_000);
    SocketLoadDriver driver =
        new SocketLoadDriver(
            WarmUp.untilSettled(
                Duration.ofMillis((long) (flags.doubleValue("warmup-round-seconds", 2) * 1000)),
                flags.intValue("warmup-max-rounds", 10)),
            Duration.ofMillis((long) (seconds * 1000)),
            maxRequests);
    int pageSize = flags.intValue("page-size", 100);
    Set<String> only = Set.of(flags.value("only", "ceiling,emulator,moto").split(","));

    List<LoadSubject> subjects = new ArrayList<>();
    if (only.contains("ceiling")) {
      subjects.add(ceiling(driver, levels, flags.intValue("ceiling-bytes", 28 * 1024)));
    }
    AwsJsonCall emulatorPage = null;
    if (only.contains("emulator")) {
      Path jar =
          Path.of(flags.value("emulator-jar", "samples/ssm-emulator/target/ssm-emulator.jar"));
      EmulatorRun run = emulator(driver, levels, jar, pageSize, workDir);
      subjects.add(run.subject());
      emulatorPage = run.page();
    }
    if (only.contains("moto")) {
      String moto = flags.value("moto", "moto_server");
      if (emulatorPage != null) {
        subjects.add(motoOnTheSameRequest(driver, levels, moto, emulatorPage.body(), workDir));
      }
      subjects.add(motoNearest(driver, levels, moto, pageSize, workDir));
    }
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    json.writeValue(out.toFile(), new LoadReport(seconds, maxRequests, subjects));
    System.out.println(json.writeValueAsString(subjects));
  }

  private static LoadSubject ceiling(SocketLoadDriver driver, int[] levels, int bodyBytes) {
    String name = "Load driver ceiling";
    String operation = "a fixed " + bodyBytes + "-byte answer from a minimal keep-alive server";
    try (FixedResponseServer server = FixedResponseServer.start(bodyBytes)) {
      AwsJsonCall call = EmulatorScenario.demoPage(server.endpoint(), NO_EXECUTION_YET, 100);
      return new LoadSubject(
          name,
          operation,
          "the most this driver can report on this machine for an answer of this size; the server"
              + " runs in the driver's JVM",
          null,
          measureWarmJvm(driver, call, levels),
          null);
    } catch (Exception e) {
      return LoadSubject.notMeasured(name, operation, "failed: " + e);
    }
  }

  /** The emulator's subject, and its page call (null when it did not start). */
  private record EmulatorRun(LoadSubject subject, AwsJsonCall page) {}

  private static EmulatorRun emulator(
      SocketLoadDriver driver, int[] levels, Path jar, int pageSize, Path workDir) {
    String name = "Shapeforge SSM emulator";
    String operation =
        "DescribeMaintenanceWindowExecutionTasks, first page of "
            + pageSize
            + " of the --demo large execution, started with "
            + (Files.isExecutable(EmulatorScenario.launcherOf(jar))
                ? "its launcher, target/" + EmulatorScenario.launcherOf(jar).getFileName()
                : "java -jar (no launcher beside the jar)");
    if (!Files.isRegularFile(jar)) {
      return new EmulatorRun(
          LoadSubject.notMeasured(name, operation, "no emulator jar at " + jar), null);
    }
    File log = log(workDir, "emulator");
    try {
      Files.deleteIfExists(log.toPath());
      try (LaunchedServer server =
          LaunchedServer.launch(
              EmulatorScenario.demoCommand(jar),
              endpoint ->
                  EmulatorScenario.demoPage(
                      endpoint, largeExecutionId(log).orElse(NO_EXECUTION_YET), pageSize),
              START_TIMEOUT,
              log)) {
        String execution =
            largeExecutionId(log).orElseThrow(() -> new IOException("no demo ids printed"));
        AwsJsonCall call = EmulatorScenario.demoPage(server.endpoint(), execution, pageSize);
        String page = new SetupCalls().send(call);
        int items = countItems(page);
        int bytes = page.getBytes(StandardCharsets.UTF_8).length;
        if (items != pageSize) {
          throw new IOException("the page held " + items + " items, expected " + pageSize);
        }
        return new EmulatorRun(
            new LoadSubject(
                name,
                operation + " (" + bytes + "-byte answer)",
                "the operation itself",
                server.timeToFirstServed().toNanos() / 1e6,
                measureWarmJvm(driver, call, levels),
                null),
            call);
      }
    } catch (Exception e) {
      return new EmulatorRun(LoadSubject.notMeasured(name, operation, "failed: " + e), null);
    }
  }

  private static LoadSubject motoOnTheSameRequest(
      SocketLoadDriver driver, int[] levels, String motoServer, String body, Path workDir) {
    String name = "moto_server " + motoVersion();
    String operation = "the emulator's very request, DescribeMaintenanceWindowExecutionTasks";
    try (LaunchedServer server =
        LaunchedServer.launch(
            MotoScenario.command(motoServer),
            MotoScenario::probe,
            START_TIMEOUT,
            log(workDir, "moto-same-request"))) {
      AwsJsonCall call = new AwsJsonCall(server.endpoint(), EmulatorScenario.TARGET, body);
      int status = new SetupCalls().status(call);
      return new LoadSubject(
          name,
          operation + " (answered " + status + ")",
          status == 200
              ? "the same operation"
              : "moto does not implement it; these are its "
                  + status
                  + " answers, timed as any other, not a served page",
          server.timeToFirstServed().toNanos() / 1e6,
          measure(driver, call, levels, status),
          null);
    } catch (Exception e) {
      return LoadSubject.notMeasured(name, operation, "failed: " + e);
    }
  }

  private static LoadSubject motoNearest(
      SocketLoadDriver driver, int[] levels, String motoServer, int tasks, Path workDir) {
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
      AwsJsonCall call = scenario.prepare(server.endpoint(), tasks);
      int bytes = new SetupCalls().send(call).getBytes(StandardCharsets.UTF_8).length;
      return new LoadSubject(
          name,
          operation + " (" + bytes + "-byte answer)",
          "nearest equivalent, as moto does not implement DescribeMaintenanceWindowExecutionTasks",
          server.timeToFirstServed().toNanos() / 1e6,
          measure(driver, call, levels, 200),
          null);
    } catch (Exception e) {
      return LoadSubject.notMeasured(name, operation, "failed: " + e);
    }
  }

  /**
   * Measures a JVM server after running its highest level once, unrecorded: its first level, 1
   * client, is otherwise also the JIT's warm-up, and on a busy machine the compiler threads fall so
   * far behind that the warm-up rounds agree on an interpreted rate (92 requests/s for the emulator
   * at 1 client in one run, against 2,843 at 8 clients right after it).
   */
  private static List<LoadLevel> measureWarmJvm(
      SocketLoadDriver driver, AwsJsonCall call, int[] levels) throws InterruptedException {
    int highest = Arrays.stream(levels).max().orElse(1);
    LoadLevel priming = driver.run(call, highest);
    System.err.printf(
        "%s x%d priming (not recorded): %.1f req/s%n",
        call.target(), highest, priming.requestsPerSecond());
    return measure(driver, call, levels, 200);
  }

  private static List<LoadLevel> measure(
      SocketLoadDriver driver, AwsJsonCall call, int[] levels, int expectedStatus)
      throws InterruptedException {
    List<LoadLevel> measured = new ArrayList<>();
    for (int clients : levels) {
      LoadLevel level = driver.run(call, clients, expectedStatus);
      System.err.printf(
          "%s x%d: %.1f req/s, p50 %.0f us, p99 %.0f us, p99.9 %.0f us, %d errors,"
              + " %d warm-up rounds%s%n",
          call.target(),
          clients,
          level.requestsPerSecond(),
          level.p50Micros(),
          level.p99Micros(),
          level.p999Micros(),
          level.errors(),
          level.warmUpRounds(),
          level.warmUpSettled() ? "" : " (not settled)");
      measured.add(level);
    }
    return measured;
  }

  private static int countItems(String page) throws IOException {
    return new ObjectMapper().readTree(page).path("WindowExecutionTaskIdentities").size();
  }

  private static Optional<String> largeExecutionId(File log) {
    try {
      return log.isFile()
          ? EmulatorScenario.demoLargeExecutionId(Files.readString(log.toPath()))
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
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
