package io.shapeforge.samples.ssm.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads every page of one DescribeMaintenanceWindowExecutionTasks query over HTTP, as a client's
 * paginator does, and reports what it saw to a {@link SoakTally}: each status, and any page that is
 * not a 200 or repeats a task of an earlier page.
 */
final class TaskPager {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** No query here has more pages than this; more means the pager is looping. */
  private static final int MAX_PAGES = 10_000;

  private TaskPager() {}

  /**
   * The tasks of all pages, in order, or null when a page failed (the failure is in the tally).
   *
   * @param statuses the STATUS filter values, or empty for no filter
   */
  static List<JsonNode> readAll(
      LoopbackSsm ssm, String executionId, List<String> statuses, int maxResults, SoakTally tally)
      throws IOException, InterruptedException {
    ObjectNode request =
        JSON.createObjectNode().put("WindowExecutionId", executionId).put("MaxResults", maxResults);
    if (!statuses.isEmpty()) {
      ObjectNode filter = request.putArray("Filters").addObject().put("Key", "STATUS");
      statuses.forEach(filter.putArray("Values")::add);
    }
    List<JsonNode> tasks = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (int page = 0; page < MAX_PAGES; page++) {
      HttpResponse<byte[]> response =
          ssm.send("POST", "/", CatalogCase.SSM_TARGET, JSON.writeValueAsBytes(request));
      tally.status(response.statusCode());
      JsonNode body = JSON.readTree(response.body());
      if (response.statusCode() != 200) {
        tally.fail("page " + page + " of " + request + ": " + response.statusCode() + " " + body);
        return null;
      }
      for (JsonNode task : body.path("WindowExecutionTaskIdentities")) {
        String id = task.path("TaskExecutionId").asText();
        if (!seen.add(id)) {
          tally.fail("task " + id + " repeated on page " + page + " of " + request);
        }
        tasks.add(task);
      }
      JsonNode next = body.get("NextToken");
      if (next == null) {
        return tasks;
      }
      request.put("NextToken", next.asText());
    }
    tally.fail("more than " + MAX_PAGES + " pages for " + request);
    return null;
  }
}
