package io.shapeforge.samples.ssm.windows;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Python script of the test resources with {@code python3}, isolated from the machine's AWS
 * set-up (no inherited {@code AWS_*} variables, dummy credentials), in bounded time. The one way
 * this module's boto3 and moto tests run Python.
 */
public final class Python {
  private static final long TIMEOUT_SECONDS = 180;

  private Python() {}

  /** What a run printed and returned. */
  public record Result(int exitCode, String stdout, String stderr) {}

  /** Skips the calling test unless {@code python3} can import every module named. */
  public static void assumeModules(String... modules) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("python3", "-c"));
    command.add("import " + String.join(", ", modules));
    Result result;
    try {
      result = run(new ProcessBuilder(command));
    } catch (IOException noPython) {
      assumeTrue(false, "python3 is not installed: " + noPython.getMessage());
      return;
    }
    assumeTrue(
        result.exitCode() == 0, "python3 lacks " + List.of(modules) + ": " + result.stderr());
  }

  /**
   * Runs {@code python3 <script> <args>}, the script copied out of the test resources into {@code
   * directory}: {@code script} is a resource name as {@link Class#getResourceAsStream} takes it,
   * relative to this package or absolute with a leading {@code /}.
   */
  public static Result runScript(Path directory, String script, String... args)
      throws IOException, InterruptedException {
    Path file = directory.resolve(Path.of(script).getFileName().toString());
    try (InputStream source = Python.class.getResourceAsStream(script)) {
      Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
    }
    List<String> command = new ArrayList<>(List.of("python3", file.toString()));
    command.addAll(List.of(args));
    return run(new ProcessBuilder(command));
  }

  /** Starts a long-running python3 process (a server); the caller destroys it. */
  static Process start(Path log, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("python3"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    isolate(builder.environment());
    return builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  private static Result run(ProcessBuilder builder) throws IOException, InterruptedException {
    isolate(builder.environment());
    Process process = builder.start();
    process.getOutputStream().close();
    StringBuilder out = new StringBuilder();
    StringBuilder err = new StringBuilder();
    Thread outReader = drain(process.getInputStream(), out);
    Thread errReader = drain(process.getErrorStream(), err);
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("python3 did not finish in " + TIMEOUT_SECONDS + " s");
    }
    outReader.join();
    errReader.join();
    return new Result(process.exitValue(), out.toString(), err.toString());
  }

  private static Thread drain(InputStream stream, StringBuilder into) {
    Thread reader =
        new Thread(
            () -> {
              try {
                into.append(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
              } catch (IOException e) {
                into.append(e);
              }
            });
    reader.start();
    return reader;
  }

  private static void isolate(Map<String, String> environment) {
    environment.keySet().removeIf(name -> name.startsWith("AWS_"));
    environment.put("AWS_ACCESS_KEY_ID", "test");
    environment.put("AWS_SECRET_ACCESS_KEY", "test");
    environment.put("AWS_DEFAULT_REGION", "us-east-1");
    environment.put("AWS_EC2_METADATA_DISABLED", "true");
  }
}
