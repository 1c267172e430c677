package io.shapeforge.benchmarks.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AwsJsonCallTest {
  @Test
  void buildsAnAwsJsonPostWithTheTarget() {
    HttpRequest request =
        new AwsJsonCall(URI.create("http://127.0.0.1:1/"), "AmazonSSM.X", "{}")
            .toHttpRequest(Duration.ofSeconds(1));
    assertEquals("POST", request.method());
    assertEquals("AmazonSSM.X", request.headers().firstValue("X-Amz-Target").orElseThrow());
    assertEquals(
        "application/x-amz-json-1.1", request.headers().firstValue("Content-Type").orElseThrow());
  }

  @Test
  void writesTheSameRequestAsHttp11BytesWithAnExactContentLength() {
    byte[] bytes =
        new AwsJsonCall(URI.create("http://127.0.0.1:4583/"), "AmazonSSM.X", "{\"Name\":\"é\"}")
            .toHttp11Bytes();
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("POST / HTTP/1.1\r\nHost: 127.0.0.1:4583\r\n"), text);
    assertTrue(text.contains("\r\nX-Amz-Target: AmazonSSM.X\r\n"), text);
    assertTrue(text.contains("\r\nContent-Type: application/x-amz-json-1.1\r\n"), text);
    // The body is 13 bytes in UTF-8 (é takes two), 12 characters.
    assertTrue(text.endsWith("\r\nContent-Length: 13\r\n\r\n{\"Name\":\"é\"}"), text);
  }

  @Test
  void acceptsLoopbackNames() {
    new AwsJsonCall(URI.create("http://localhost:1/"), "AmazonSSM.X", "{}");
    new AwsJsonCall(URI.create("http://[::1]:1/"), "AmazonSSM.X", "{}");
  }

  @Test
  void refusesAnythingOffThisMachine() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new AwsJsonCall(URI.create("http://192.0.2.1:80/"), "AmazonSSM.X", "{}"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new AwsJsonCall(URI.create("https://127.0.0.1:443/"), "AmazonSSM.X", "{}"));
  }
}
