package io.shapeforge.benchmarks.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.net.http.HttpRequest;
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
