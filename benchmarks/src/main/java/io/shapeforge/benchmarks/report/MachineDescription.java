package io.shapeforge.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * What the run ran on: {@code lscpu}, {@code nproc}, {@code free} and the JVM, as text for the
 * report.
 */
final class MachineDescription {
  private static final List<String> LSCPU_FIELDS =
      List.of(
          "Architecture",
          "Model name",
          "CPU(s)",
          "Thread(s) per core",
          "Core(s) per socket",
          "Socket(s)",
          "CPU max MHz",
          "L2 cache",
          "L3 cache",
          "Hypervisor vendor");

  private MachineDescription() {}

  /** A fenced-block body describing this machine and JVM. */
  static String describe() {
    String lscpu =
        run("lscpu")
            .lines()
            .filter(line -> LSCPU_FIELDS.stream().anyMatch(field -> line.startsWith(field + ":")))
            .collect(Collectors.joining("\n"));
    return "$ lscpu (selected fields)\n"
        + lscpu
        + "\n$ nproc\n"
        + run("nproc").strip()
        + "\n$ free -m\n"
        + run("free", "-m").stripTrailing()
        + "\n$ java -version (the JVM that ran the benchmarks)\n"
        + System.getProperty("java.vm.name")
        + " "
        + System.getProperty("java.runtime.version")
        + " ("
        + System.getProperty("java.vendor")
        + "), "
        + System.getProperty("os.name")
        + " "
        + System.getProperty("os.version");
  }

  private static String run(String... command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
        return "(" + String.join(" ", command) + " failed)";
      }
      return output;
    } catch (IOException e) {
      return "(" + String.join(" ", command) + " not available)";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "(interrupted)";
    }
  }
}
