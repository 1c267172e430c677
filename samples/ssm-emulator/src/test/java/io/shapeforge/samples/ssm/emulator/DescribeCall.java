package io.shapeforge.samples.ssm.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** DescribeMaintenanceWindowExecutionTasks over HTTP, as a client would send it. */
final class DescribeCall {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private DescribeCall() {}

  /** The HTTP status and the parsed body of one call. */
  record Answer(int status, JsonNode body) {
    List<String> taskIds() {
      List<String> ids = new ArrayList<>();
      body.path("WindowExecutionTaskIdentities")
          .forEach(task -> ids.add(task.get("TaskExecutionId").asText()));
      return ids;
    }

    String nextToken() {
      return body.has("NextToken") ? body.get("NextToken").asText() : null;
    }
  }

  static Answer page(URI endpoint, String executionId, int maxResults, String nextToken)
      throws IOException, InterruptedException {
    ObjectNode request =
        JSON.createObjectNode().put("WindowExecutionId", executionId).put("MaxResults", maxResults);
    if (nextToken != null) {
      request.put("NextToken", nextToken);
    }
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(endpoint.resolve("/"))
                .timeout(Duration.ofSeconds(30))
                .header("X-Amz-Target", "AmazonSSM.DescribeMaintenanceWindowExecutionTasks")
                .header("Content-Type", "application/x-amz-json-1.1")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), JSON.readTree(response.body()));
  }
}
