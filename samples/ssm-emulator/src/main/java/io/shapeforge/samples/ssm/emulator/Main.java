package io.shapeforge.samples.ssm.emulator;

import io.shapeforge.samples.ssm.schedule.ClockOption;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * {@code java -jar ssm-emulator.jar}: serves the emulator until SIGINT or SIGTERM. See {@link
 * CommandLineOptions#USAGE} for the flags. Once it serves it prints one line containing {@code
 * http://HOST:PORT}.
 *
 * <p>{@code --demo} plays {@link DemoData} on its own manual clock over a fixed past period ({@link
 * DemoData#START} to {@link DemoData#END}) before anything else, loads what the scheduler made into
 * the store, and then serves on the clock {@code --clock} chose: the demo windows are processed up
 * to the end of that period and all but one have ended or are disabled, so a real clock catches up
 * no run of the months since (see {@link DemoData} for each clock).
 *
 * <p>Exit codes: 0 after {@code --help}, 1 when the seed is invalid, the store cannot be opened (an
 * unreachable database, an unknown schema version) or the port cannot be bound, 2 for bad flags (a
 * store location of no known form included); on a signal the JVM's own (143 for SIGTERM) after the
 * server and the store have been closed.
 */
public final class Main {
  /** What {@link #run} returns when the emulator is serving rather than done. */
  static final int SERVING = -1;

  static final int USAGE_ERROR = 2;
  static final int START_FAILED = 1;

  private Main() {}

  public static void main(String[] args) throws InterruptedException {
    int exitCode = run(args, System.out, System.err, Main::closeOnShutdown);
    if (exitCode != SERVING) {
      System.exit(exitCode);
    }
    // The server's threads are daemons (an embedded server must not keep its host alive), so this
    // thread keeps the JVM up; a signal runs the shutdown hook and ends the JVM.
    new CountDownLatch(1).await();
  }

  /**
   * Reads the flags, loads the seed and starts serving.
   *
   * @param beforeAnnouncing called with the started emulator before the {@code http://} line is
   *     printed, so a shutdown hook is in place by the time anyone knows the address
   * @return {@link #SERVING} when serving, otherwise the exit code
   */
  static int run(
      String[] args, PrintStream out, PrintStream err, Consumer<SsmEmulator> beforeAnnouncing) {
    CommandLineOptions options;
    try {
      options = CommandLineOptions.parse(args);
    } catch (UsageException e) {
      err.println("Error: " + e.getMessage());
      err.print(CommandLineOptions.USAGE);
      return USAGE_ERROR;
    }
    if (options.help()) {
      out.print(CommandLineOptions.USAGE);
      return 0;
    }
    DemoData demo = options.demo() ? DemoData.create() : null;
    SeedDocument seed;
    SsmEmulator emulator;
    try {
      seed = options.seed() != null ? SeedReader.read(options.seed()) : null;
      SsmEmulator.Builder builder =
          SsmEmulator.builder()
              .host(options.host())
              .port(options.port())
              .store(options.store())
              .clock(ClockOption.parse(options.clock()));
      if (options.controlPlane()) {
        builder.controlPlane(true);
      }
      if (options.tokenKeyFile() != null) {
        builder.tokenKeyFile(options.tokenKeyFile());
      }
      if (seed != null) {
        builder.seed(seed);
      } else if (demo != null) {
        builder.demo(demo);
      }
      emulator = start(builder.build());
    } catch (InvalidSeedException e) {
      err.println(e.getMessage());
      return START_FAILED;
    } catch (UncheckedIOException e) {
      err.println("Error: " + e.getMessage() + ": " + e.getCause());
      return START_FAILED;
    } catch (IllegalArgumentException e) {
      // A token key file that is too short.
      err.println("Error: " + e.getMessage());
      return START_FAILED;
    } catch (RuntimeException e) {
      if (!isStoreFailure(e)) {
        throw e;
      }
      // The store cannot be opened: an unreachable server, a refused login, an unknown version.
      err.println("Error: " + e.getMessage());
      return START_FAILED;
    }
    beforeAnnouncing.accept(emulator);
    if (seed != null && emulator.loadedSeed()) {
      out.println(
          loaded(
              seed.windowExecutions().size(),
              seed.windowExecutionTasks().size(),
              options.seed().toString()));
    } else if (demo != null && emulator.loadedSeed()) {
      out.println(loaded(demo.executionCount(), demo.taskExecutionCount(), "the demo data"));
    } else if (seed != null || demo != null) {
      out.println(
          "Kept the records already in "
              + options.store()
              + "; "
              + (demo != null ? "the demo data" : options.seed())
              + " loads only into an empty store");
    }
    announce(emulator, out);
    if (demo != null) {
      out.println();
      out.print(DemoCommands.render(emulator.endpoint(), demo));
    }
    out.flush();
    return SERVING;
  }

  /** The line that says what was loaded; scripts and the README quote its wording. */
  private static String loaded(int executions, int taskExecutions, String from) {
    return "Loaded "
        + executions
        + " maintenance window executions and "
        + taskExecutions
        + " task executions from "
        + from;
  }

  /**
   * Starts serving, closing the emulator (and the store it opened) when the port cannot be bound.
   */
  private static SsmEmulator start(SsmEmulator emulator) {
    try {
      return emulator.start();
    } catch (RuntimeException e) {
      emulator.close();
      throw e;
    }
  }

  /** Whether {@code e} is the JDBC store's, decided by name: the JDBC engine is optional. */
  private static boolean isStoreFailure(RuntimeException e) {
    for (Class<?> type = e.getClass(); type != null; type = type.getSuperclass()) {
      if (type.getName().equals("io.shapeforge.runtime.jdbc.JdbcStoreException")) {
        return true;
      }
    }
    return false;
  }

  /** The one line with {@code http://HOST:PORT} that scripts and tests wait for. */
  private static void announce(SsmEmulator emulator, PrintStream out) {
    out.println(
        "SSM emulator ("
            + emulator.handler().targetPrefix()
            + ": "
            + io.shapeforge.samples.ssm.imported.model.AmazonSsmService.OPERATIONS.size()
            + " operations, "
            + ImportedSsmBehaviour.IMPLEMENTED.size()
            + " implemented: the maintenance-window family) listening on "
            + emulator.endpoint());
  }

  private static void closeOnShutdown(SsmEmulator emulator) {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  emulator.close();
                  System.out.println("SSM emulator stopped");
                  System.out.flush();
                },
                "ssm-emulator-shutdown"));
  }
}
