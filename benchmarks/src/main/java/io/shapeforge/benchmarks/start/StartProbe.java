package io.shapeforge.benchmarks.start;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One awsJson1_1 request on a fresh loopback connection, returning the response's status. A bare
 * socket rather than {@code java.net.http.HttpClient}: the probe runs while the measured JVM
 * starts, on the same two cores, so it must cost next to nothing itself (the JDK client's first
 * request loads and compiles hundreds of classes in the measuring JVM, in the middle of the
 * measurement).
 */
final class StartProbe {
  /** Served by every subject: the emulator with or without data, and the floor. */
  static final String TARGET = "AmazonSSM.DescribeMaintenanceWindows";

  private static final int TIMEOUT_MILLIS = 2_000;

  private final byte[] request;
  private final int port;

  StartProbe(int port) {
    this.port = port;
    this.request =
        ("POST / HTTP/1.1\r\n"
                + "Host: 127.0.0.1:"
                + port
                + "\r\n"
                + "X-Amz-Target: "
                + TARGET
                + "\r\n"
                + "Content-Type: application/x-amz-json-1.1\r\n"
                + "Content-Length: 2\r\n"
                + "Connection: close\r\n\r\n{}")
            .getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * The status of one request, e.g. 200.
   *
   * @throws IOException when nothing listens yet, or the connection ends before a status line
   */
  int status() throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), TIMEOUT_MILLIS);
      socket.setSoTimeout(TIMEOUT_MILLIS);
      OutputStream out = socket.getOutputStream();
      out.write(request);
      out.flush();
      return statusOf(socket.getInputStream());
    }
  }

  /** Reads {@code HTTP/1.1 200 ...} up to the end of the status line and returns 200. */
  static int statusOf(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int next = in.read(); next != '\n'; next = in.read()) {
      if (next < 0) {
        throw new IOException("connection closed before a status line: " + line);
      }
      line.append((char) next);
    }
    String[] words = line.toString().trim().split(" ");
    if (words.length < 2 || !words[0].startsWith("HTTP/")) {
      throw new IOException("not an HTTP status line: " + line);
    }
    return Integer.parseInt(words[1]);
  }
}
