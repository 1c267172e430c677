package io.shapeforge.samples.ssm.emulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A second JVM running a main class of this module's test class path, with its output read line by
 * line: a separate emulator node, or a writer to kill. {@link #close()} kills it (SIGKILL).
 */
final class ChildJvm implements AutoCloseable {
  private final Process process;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final StringBuffer transcript = new StringBuffer();

  private ChildJvm(Process process) {
    this.process = process;
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                  transcript.append(line).append('\n');
                  lines.add(line);
                }
              } catch (IOException e) {
                // The process died; the caller sees it through waitFor or a missing line.
              }
            },
            "child-jvm-output");
    reader.setDaemon(true);
    reader.start();
  }

  static ChildJvm start(Class<?> mainClass, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass.getName());
    command.addAll(List.of(args));
    return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
  }

  /** The next line that contains {@code text}, waiting up to {@code seconds}. */
  String awaitLine(String text, long seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (true) {
      long left = deadline - System.nanoTime();
      String line =
          left <= 0
              ? null
              : lines.poll(
                  Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)), TimeUnit.NANOSECONDS);
      if (line == null && left > 0 && process.isAlive()) {
        continue;
      }
      if (line == null) {
        throw new AssertionError(
            "no line with '"
                + text
                + "' within "
                + seconds
                + " s"
                + (process.isAlive() ? "" : " (the JVM exited)")
                + "; output:\n"
                + transcript);
      }
      if (line.contains(text)) {
        return line;
      }
    }
  }

  /** The next line, or {@code null} after {@code seconds}. */
  String nextLine(long seconds) throws InterruptedException {
    return lines.poll(seconds, TimeUnit.SECONDS);
  }

  String transcript() {
    return transcript.toString();
  }

  /** Kills the JVM at once, as {@code kill -9} does, and waits for it to be gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    kill();
  }
}
