package io.shapeforge.samples.ssm.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The training run behind the class-data-sharing archive that {@code mvn package} writes beside the
 * executable jar, {@code target/ssm-emulator.jsa}. It starts the emulator the way {@code --demo}
 * does (on a free port, output discarded), sends the first requests a user sends, and stops.
 *
 * <p>Run under {@code -XX:ArchiveClassesAtExit=target/ssm-emulator.jsa}, the JVM stores every class
 * this run loaded, already parsed and verified, and the lambda forms it spun; a later {@code java
 * -XX:SharedArchiveFile=target/ssm-emulator.jsa -jar target/ssm-emulator.jar --demo} (or {@code
 * target/ssm-emulator --demo}, the launcher beside the jar) maps them instead of reading them from
 * the jar. Start-up is mostly that: about 3,400 classes, 660 of them generated models and
 * validators. A plain {@code java -jar} ignores the archive and behaves as before.
 *
 * <p>The requests go over a bare socket, so the archive holds the server's classes and not a
 * client's.
 */
public final class ArchiveTraining {
  /** Each request's target, body and the status it must get: a served page and two errors. */
  private static final List<TrainingCall> CALLS =
      List.of(
          new TrainingCall("DescribeMaintenanceWindows", "{}", 200),
          new TrainingCall(
              "DescribeMaintenanceWindowExecutionTasks",
              "{\"WindowExecutionId\":\"00000000-0000-0000-0000-000000000000\"}",
              400),
          new TrainingCall("DescribeMaintenanceWindowExecutionTasks", "{}", 400));

  private ArchiveTraining() {}

  /**
   * Starts, trains and stops; exits 1 if the emulator does not start or a request gets a status
   * other than expected, so a broken jar fails the build rather than archiving a broken start.
   */
  public static void main(String[] args) throws IOException {
    AtomicReference<SsmEmulator> started = new AtomicReference<>();
    PrintStream discarded = new PrintStream(OutputStream.nullOutputStream());
    int exitCode =
        Main.run(new String[] {"--demo", "--port", "0"}, discarded, System.err, started::set);
    if (exitCode != Main.SERVING) {
      System.err.println(
          "ArchiveTraining: the emulator did not start (exit code " + exitCode + ")");
      System.exit(1);
    }
    try (SsmEmulator emulator = started.get()) {
      for (TrainingCall call : CALLS) {
        int status = call.send(emulator.endpoint());
        if (status != call.expectedStatus()) {
          System.err.println(
              "ArchiveTraining: "
                  + call.operation()
                  + " answered "
                  + status
                  + ", expected "
                  + call.expectedStatus());
          System.exit(1);
        }
      }
    }
    // The scheduler and server threads are daemons and closed above; exit explicitly anyway, so
    // that nothing a future change leaves running can hang the build instead of dumping.
    System.exit(0);
  }

  /** One awsJson1_1 request of the training run. */
  private record TrainingCall(String operation, String body, int expectedStatus) {
    /** Sends it on a fresh connection and returns the response's status code. */
    int send(URI endpoint) throws IOException {
      byte[] content = body.getBytes(StandardCharsets.UTF_8);
      String head =
          "POST / HTTP/1.1\r\n"
              + "Host: "
              + endpoint.getHost()
              + ":"
              + endpoint.getPort()
              + "\r\n"
              + "X-Amz-Target: AmazonSSM."
              + operation
              + "\r\n"
              + "Content-Type: application/x-amz-json-1.1\r\n"
              + "Content-Length: "
              + content.length
              + "\r\n"
              + "Connection: close\r\n\r\n";
      try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
        OutputStream out = socket.getOutputStream();
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(content);
        out.flush();
        InputStream in = socket.getInputStream();
        String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        // "HTTP/1.1 200 OK": the status is the second word of the first line.
        String[] statusLine = response.split("\r\n", 2)[0].split(" ");
        return statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1;
      }
    }
  }
}
