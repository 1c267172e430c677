package io.shapeforge.samples.ssm.emulator;

import io.shapeforge.samples.ssm.schedule.ClockOption;
import java.nio.file.Path;

/**
 * The flags of {@code java -jar ssm-emulator.jar}. Each takes its value as the next argument or
 * after {@code =}: {@code --port 4583} or {@code --port=4583}.
 *
 * @param host the address to listen on
 * @param port the port, 0 for a free one
 * @param seed a seed file, or {@code null}
 * @param demo whether to load the demo data and print example commands
 * @param store where records live: {@code memory}, {@code h2:FILE} or {@code jdbc:postgresql://...}
 * @param tokenKeyFile the file holding the next-token secret, or {@code null} for a random one
 * @param help whether to print the usage and stop
 * @param clock {@code real} or {@code manual@<ISO-8601 instant>}, as {@link ClockOption} reads it
 * @param controlPlane whether {@code --control-plane} turns the control plane on for a non-loopback
 *     host
 */
record CommandLineOptions(
    String host,
    int port,
    Path seed,
    boolean demo,
    String store,
    Path tokenKeyFile,
    boolean help,
    String clock,
    boolean controlPlane) {
  static final String DEFAULT_HOST = "127.0.0.1";
  static final int DEFAULT_PORT = 4583;

  static final String USAGE =
      String.join(
          System.lineSeparator(),
          "Usage: java -jar ssm-emulator.jar [--host HOST] [--port PORT] [--seed FILE | --demo]",
          "                                  [--store STORE] [--token-key-file FILE]",
          "                                  [--clock real|manual@INSTANT] [--control-plane] [--help]",
          "",
          "Serves AWS Systems Manager (awsJson1_1) over HTTP: every operation's input is validated;",
          "the 23 maintenance-window operations (windows, targets, tasks, schedule, executions) are",
          "implemented, and a scheduler runs the windows on the emulator clock; the others answer",
          "NotImplemented.",
          "",
          "  --host HOST   address to listen on (default " + DEFAULT_HOST + ")",
          "  --port PORT   port to listen on, 0 for a free one (default " + DEFAULT_PORT + ")",
          "  --seed FILE   load windows, targets, tasks and executions from a JSON seed file;",
          "                an invalid seed is reported with every error and nothing is loaded",
          "  --demo        load built-in demo data and print AWS CLI commands to try",
          "  --store STORE where records live (default memory):",
          "                  memory                  in memory, gone when the emulator stops",
          "                  h2:FILE                 an embedded H2 database in FILE.mv.db",
          "                  jdbc:postgresql://HOST:PORT/DB?user=...",
          "                                          PostgreSQL, which several emulators may share",
          "                with a persistent store, --seed and --demo load only into an empty store",
          "  --token-key-file FILE",
          "                the secret that signs NextTokens (created when absent), so tokens",
          "                survive restarts and work on every emulator sharing the file",
          "  --clock CLOCK the emulator's time, which runs maintenance windows (default real):",
          "                  real                    the system clock",
          "                  manual@2027-01-04T00:00:00Z",
          "                                          stands still until moved with",
          "                                          POST /_shapeforge/clock",
          "  --control-plane",
          "                serve the control plane (/_shapeforge/clock, /_shapeforge/outcomes)",
          "                on a non-loopback --host too; on loopback it is always served",
          "  --help        print this help",
          "",
          "Seed file: {\"Windows\": [...], \"WindowTargets\": [...], \"WindowTasks\": [...],",
          "\"WindowExecutions\": [...], \"WindowExecutionTasks\": [...]} (every key optional) in wire",
          "format, timestamps in epoch seconds. Stop with Ctrl-C or SIGTERM.",
          "");

  /**
   * Reads the arguments.
   *
   * @throws UsageException for an unknown flag, a missing or bad value, or --seed with --demo
   */
  static CommandLineOptions parse(String... args) {
    String host = DEFAULT_HOST;
    int port = DEFAULT_PORT;
    Path seed = null;
    boolean demo = false;
    String store = EmulatorStores.MEMORY;
    Path tokenKeyFile = null;
    boolean help = false;
    String clock = "real";
    boolean controlPlane = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      int equals = arg.indexOf('=');
      String flag = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
      String inline = flag.equals(arg) ? null : arg.substring(equals + 1);
      switch (flag) {
        case "--host":
          host = inline != null ? inline : valueAfter(args, i++, flag);
          if (host.isBlank()) {
            throw new UsageException("--host needs a host name or address");
          }
          break;
        case "--port":
          port = port(inline != null ? inline : valueAfter(args, i++, flag));
          break;
        case "--seed":
          seed = Path.of(inline != null ? inline : valueAfter(args, i++, flag));
          break;
        case "--demo":
          demo = noValue(flag, inline);
          break;
        case "--store":
          store = store(inline != null ? inline : valueAfter(args, i++, flag));
          break;
        case "--token-key-file":
          tokenKeyFile = Path.of(inline != null ? inline : valueAfter(args, i++, flag));
          break;
        case "--clock":
          clock = clock(inline != null ? inline : valueAfter(args, i++, flag));
          break;
        case "--control-plane":
          controlPlane = noValue(flag, inline);
          break;
        case "--help":
        case "-h":
          help = noValue(flag, inline);
          break;
        default:
          throw new UsageException("Unknown argument: " + arg);
      }
    }
    if (seed != null && demo) {
      throw new UsageException("--seed and --demo cannot be combined");
    }
    return new CommandLineOptions(
        host, port, seed, demo, store, tokenKeyFile, help, clock, controlPlane);
  }

  private static String valueAfter(String[] args, int index, String flag) {
    if (index + 1 >= args.length || args[index + 1].startsWith("--")) {
      throw new UsageException(flag + " needs a value");
    }
    return args[index + 1];
  }

  private static boolean noValue(String flag, String inline) {
    if (inline != null) {
      throw new UsageException(flag + " takes no value");
    }
    return true;
  }

  private static String store(String location) {
    try {
      EmulatorStores.check(location);
      return location;
    } catch (IllegalArgumentException e) {
      throw new UsageException("--store: " + e.getMessage());
    }
  }

  private static String clock(String value) {
    try {
      ClockOption.parse(value);
      return value;
    } catch (IllegalArgumentException e) {
      throw new UsageException("--clock: " + e.getMessage());
    }
  }

  private static int port(String text) {
    try {
      int port = Integer.parseInt(text);
      if (port >= 0 && port <= 65_535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("--port needs a number from 0 to 65535, not '" + text + "'");
  }
}
