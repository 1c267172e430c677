package io.shapeforge.benchmarks.start;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.shapeforge.benchmarks.cli.Flags;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Measures start-up, process start to the first 200 response, of the emulator jar against its
 * floor, a bare JDK {@code HttpServer} ({@link StartFloorServer}) packed in a jar of its own and
 * launched the same way, {@code java -jar}. The subjects:
 *
 * <ol>
 *   <li>the floor;
 *   <li>{@code java -jar ssm-emulator.jar} with nothing loaded;
 *   <li>the same with {@code --demo} (the difference to 2 is the demo's share);
 *   <li>{@code --demo} through the build's class-data-sharing archive beside the jar ({@code
 *       -XX:SharedArchiveFile=ssm-emulator.jsa}, what the launcher {@code target/ssm-emulator}
 *       does), when the archive exists.
 * </ol>
 *
 * Each is launched {@code --launches} times, in rounds (one of each per round), and the report
 * takes the median. Every probe is {@code DescribeMaintenanceWindows} on a fresh connection, every
 * {@value StartLaunch#POLL_MILLIS} ms.
 *
 * <pre>
 * java -cp benchmarks.jar io.shapeforge.benchmarks.start.StartComparison --out results/raw/start.json \
 *     --emulator-jar samples/ssm-emulator/target/ssm-emulator.jar --launches 7
 * </pre>
 */
public final class StartComparison {
  private static final Set<String> FLAGS = Set.of("out", "emulator-jar", "launches");

  private StartComparison() {}

  /** Runs the comparison; see the class comment for the flags. */
  public static void main(String[] args) throws Exception {
    Flags flags = Flags.parse(args, FLAGS);
    Path out = Path.of(flags.value("out", "benchmarks/results/raw/start.json"));
    Path jar =
        Path.of(flags.value("emulator-jar", "samples/ssm-emulator/target/ssm-emulator.jar"))
            .toAbsolutePath();
    int launches = flags.intValue("launches", 7);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Path log = out.toAbsolutePath().getParent().resolve("start.log");
    Files.deleteIfExists(log);

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path floorJar = floorJar(out.toAbsolutePath().getParent().resolve("start-floor.jar"));
    Path archive = jar.resolveSibling("ssm-emulator.jsa");
    Map<String, Subject> subjects = new LinkedHashMap<>();
    subjects.put(
        StartReport.FLOOR,
        new Subject(
            "bare JDK HttpServer, one fixed body (floor)",
            List.of(java, "-jar", floorJar.toString(), StartLaunch.PORT_PLACEHOLDER),
            null));
    String missingJar = Files.isRegularFile(jar) ? null : "no emulator jar at " + jar;
    subjects.put(
        StartReport.EMULATOR_EMPTY,
        new Subject(
            "emulator, no data",
            List.of(java, "-jar", jar.toString(), "--port", StartLaunch.PORT_PLACEHOLDER),
            missingJar));
    subjects.put(
        StartReport.EMULATOR_DEMO,
        new Subject(
            "emulator --demo",
            List.of(java, "-jar", jar.toString(), "--port", StartLaunch.PORT_PLACEHOLDER, "--demo"),
            missingJar));
    subjects.put(
        StartReport.EMULATOR_DEMO_ARCHIVE,
        new Subject(
            "emulator --demo with the class-data-sharing archive",
            List.of(
                java,
                "-XX:SharedArchiveFile=" + archive,
                "-jar",
                jar.toString(),
                "--port",
                StartLaunch.PORT_PLACEHOLDER,
                "--demo"),
            missingJar != null
                ? missingJar
                : Files.isRegularFile(archive) ? null : "no archive at " + archive));

    for (int round = 1; round <= launches; round++) {
      for (Map.Entry<String, Subject> entry : subjects.entrySet()) {
        Subject subject = entry.getValue();
        if (subject.problem != null) {
          continue;
        }
        try {
          double millis = StartLaunch.timeToFirst200(subject.command, log);
          subject.millis.add(millis);
          System.err.printf("round %d %s: %.0f ms%n", round, entry.getKey(), millis);
        } catch (IOException e) {
          subject.problem = "failed: " + e.getMessage();
        }
      }
    }
    List<StartSubject> measured = new ArrayList<>();
    subjects.forEach(
        (key, subject) ->
            measured.add(
                new StartSubject(
                    key,
                    subject.name,
                    String.join(" ", subject.command),
                    subject.problem == null ? subject.millis : List.of(),
                    subject.problem)));
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    StartReport report = new StartReport(launches, measured);
    json.writeValue(out.toFile(), report);
    System.out.println(json.writeValueAsString(report));
  }

  /**
   * A jar holding only {@link StartFloorServer}, with it as {@code Main-Class}: the floor is then
   * started exactly as the emulator is, and does not pay for opening the 100 MB benchmarks jar.
   */
  static Path floorJar(Path target) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, StartFloorServer.class.getName());
    String entry = StartFloorServer.class.getName().replace('.', '/') + ".class";
    try (InputStream classFile = StartFloorServer.class.getResourceAsStream("/" + entry);
        OutputStream file = Files.newOutputStream(target);
        JarOutputStream jar = new JarOutputStream(file, manifest)) {
      if (classFile == null) {
        throw new IOException("no class file " + entry + " on the class path");
      }
      jar.putNextEntry(new JarEntry(entry));
      classFile.transferTo(jar);
      jar.closeEntry();
    }
    return target;
  }

  /** One subject while it is measured. */
  private static final class Subject {
    final String name;
    final List<String> command;
    final List<Double> millis = new ArrayList<>();
    String problem;

    Subject(String name, List<String> command, String problem) {
      this.name = name;
      this.command = command;
      this.problem = problem;
    }
  }
}
