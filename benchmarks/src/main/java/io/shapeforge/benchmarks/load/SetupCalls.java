package io.shapeforge.benchmarks.load;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Sends the unmeasured calls that set a server up, one at a time, failing on any status but 200.
 */
final class SetupCalls {
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** The body of the 200 response to {@code call}. */
  String send(AwsJsonCall call) throws IOException, InterruptedException {
    HttpResponse<String> response =
        client.send(
            call.toHttpRequest(Duration.ofSeconds(30)), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException(
          call.target() + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  /** Only the status of the response to {@code call}. */
  int status(AwsJsonCall call) throws IOException, InterruptedException {
    return client
        .send(call.toHttpRequest(Duration.ofSeconds(30)), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
