package io.shapeforge.benchmarks.load;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * One awsJson1_1 call: {@code POST /} with {@code X-Amz-Target} and a JSON body, to an endpoint
 * that must be on loopback (the driver never loads anything off this machine). A dummy SigV4 header
 * for {@code us-east-1} is sent because moto reads the region from it.
 *
 * <pre>{@code
 * AwsJsonCall call = new AwsJsonCall(URI.create("http://127.0.0.1:5000/"), "AmazonSSM.DescribeMaintenanceWindows", "{}");
 * }</pre>
 *
 * @param endpoint the server's base URI, e.g. {@code http://127.0.0.1:5000/}
 * @param target the {@code X-Amz-Target} value, e.g. {@code
 *     AmazonSSM.DescribeMaintenanceWindowTasks}
 * @param body the JSON request body
 */
public record AwsJsonCall(URI endpoint, String target, String body) {
  private static final String AUTHORIZATION =
      "AWS4-HMAC-SHA256 "
          + "Credential=AKIDEXAMPLE/20260101/us-east-1/ssm/aws4_request, SignedHeaders=host;x-amz-date, Signature=0";

  /** Checks the endpoint is an {@code http} URI on a loopback address. */
  public AwsJsonCall {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(body, "body");
    if (!"http".equals(endpoint.getScheme()) || !isLoopback(endpoint.getHost())) {
      throw new IllegalArgumentException(
          "the load driver only calls http endpoints on loopback: " + endpoint);
    }
  }

  /** The same call with another body. */
  public AwsJsonCall withBody(String newBody) {
    return new AwsJsonCall(endpoint, target, newBody);
  }

  /** The same call with another target and body. */
  public AwsJsonCall withTarget(String newTarget, String newBody) {
    return new AwsJsonCall(endpoint, newTarget, newBody);
  }

  /** The HTTP request, reusable across sends. */
  public HttpRequest toHttpRequest(Duration timeout) {
    return HttpRequest.newBuilder(endpoint)
        .timeout(timeout)
        .header("X-Amz-Target", target)
        .header("Content-Type", "application/x-amz-json-1.1")
        .header("X-Amz-Date", "20260101T000000Z")
        .header("Authorization", AUTHORIZATION)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
  }

  /**
   * The same request as {@link #toHttpRequest}, written out as HTTP/1.1 bytes for a keep-alive
   * connection ({@code Host}, {@code Content-Length}, no {@code Connection} header).
   */
  public byte[] toHttp11Bytes() {
    byte[] content = body.getBytes(StandardCharsets.UTF_8);
    String path = endpoint.getRawPath();
    if (path == null || path.isEmpty()) {
      path = "/";
    }
    String head =
        "POST "
            + path
            + " HTTP/1.1\r\n"
            + "Host: "
            + endpoint.getHost()
            + ":"
            + endpoint.getPort()
            + "\r\n"
            + "X-Amz-Target: "
            + target
            + "\r\n"
            + "Content-Type: application/x-amz-json-1.1\r\n"
            + "X-Amz-Date: 20260101T000000Z\r\n"
            + "Authorization: "
            + AUTHORIZATION
            + "\r\n"
            + "Content-Length: "
            + content.length
            + "\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
    byte[] request = Arrays.copyOf(headBytes, headBytes.length + content.length);
    System.arraycopy(content, 0, request, headBytes.length, content.length);
    return request;
  }

  private static boolean isLoopback(String host) {
    if (host == null) {
      return false;
    }
    try {
      for (InetAddress address : InetAddress.getAllByName(host)) {
        if (!address.isLoopbackAddress()) {
          return false;
        }
      }
      return true;
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
