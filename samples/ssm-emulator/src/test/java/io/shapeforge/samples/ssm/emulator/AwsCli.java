package io.shapeforge.samples.ssm.emulator;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the AWS CLI found on the PATH as a child process, isolated from the machine's AWS set-up: no
 * inherited {@code AWS_*} variables, a temporary HOME with empty config and credentials files, and
 * dummy credentials in the environment. Each run has a bounded time.
 */
final class AwsCli {
  private static final long TIMEOUT_SECONDS = 120;

  private final Path home;

  AwsCli(Path home) {
    this.home = home;
  }

  /** The {@code aws} executable on the PATH, if there is one. */
  static Optional<Path> find() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "aws");
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** What a run printed and returned. */
  record Result(int exitCode, String stdout, String stderr) {}

  /** Runs {@code aws <args>}. */
  Result run(List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add("aws");
    command.addAll(args);
    return run(new ProcessBuilder(command));
  }

  /** Runs a command line as a shell would, for commands printed to be pasted into one. */
  Result runInShell(String commandLine) throws IOException, InterruptedException {
    return run(new ProcessBuilder("bash", "-c", commandLine));
  }

  private Result run(ProcessBuilder builder) throws IOException, InterruptedException {
    isolate(builder.environment());
    Path stdout = Files.createTempFile(home, "out", ".txt");
    Path stderr = Files.createTempFile(home, "err", ".txt");
    builder
        .directory(home.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile());
    Process process = builder.start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      throw new AssertionError(
          "aws did not finish in " + TIMEOUT_SECONDS + " s: " + builder.command());
    }
    return new Result(
        process.exitValue(),
        Files.readString(stdout, StandardCharsets.UTF_8),
        Files.readString(stderr, StandardCharsets.UTF_8));
  }

  private void isolate(Map<String, String> env) throws IOException {
    env.keySet().removeIf(name -> name.startsWith("AWS_"));
    Path config = home.resolve("config");
    Path credentials = home.resolve("credentials");
    if (Files.notExists(config)) {
      Files.writeString(config, "");
      Files.writeString(credentials, "");
    }
    env.put("HOME", home.toString());
    env.put("AWS_CONFIG_FILE", config.toString());
    env.put("AWS_SHARED_CREDENTIALS_FILE", credentials.toString());
    env.put("AWS_ACCESS_KEY_ID", "test");
    env.put("AWS_SECRET_ACCESS_KEY", "test");
    env.put("AWS_DEFAULT_REGION", "us-east-1");
    env.put("AWS_PAGER", "");
    env.put("AWS_EC2_METADATA_DISABLED", "true");
  }
}
