package io.shapeforge.samples.ssm.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.shapeforge.runtime.jdbc.EmbeddedPostgresServer;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionTaskIdentity;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two emulator processes ({@code Main}, as {@code java -jar} runs it) on one PostgreSQL database,
 * sharing a token key file: both serve what either stores, and a client may page through a list
 * asking them in turn. A third process with its own key refuses their tokens.
 */
class TwoNodesTest {
  private static final Pattern ENDPOINT = Pattern.compile("http://\\S+");

  @TempDir Path directory;

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void twoProcessesServeOneDatabaseAndAcceptEachOthersTokens() throws Exception {
    String store = EmbeddedPostgresServer.newDatabase("nodes");
    String sharedKey = directory.resolve("shared.key").toString();
    String executionId = TestRecords.id(5, 0);
    List<MaintenanceWindowExecutionTaskIdentity> tasks = TestRecords.tasks(executionId, 5, 47);
    Path seed = directory.resolve("seed.json");
    Files.writeString(
        seed,
        new ObjectMapper()
            .writeValueAsString(
                Map.of(
                    "WindowExecutions",
                    List.of(TestRecords.execution(executionId)),
                    "WindowExecutionTasks",
                    tasks)));

    try (ChildJvm first =
        ChildJvm.start(
            Main.class,
            "--port",
            "0",
            "--store",
            store,
            "--token-key-file",
            sharedKey,
            "--seed",
            seed.toString())) {
      URI one = endpoint(first);
      // The second node starts once the first has loaded the seed, so it keeps it rather than
      // loading it.
      try (ChildJvm second =
              ChildJvm.start(
                  Main.class,
                  "--port",
                  "0",
                  "--store",
                  store,
                  "--token-key-file",
                  sharedKey,
                  "--seed",
                  seed.toString());
          ChildJvm stranger =
              ChildJvm.start(
                  Main.class,
                  "--port",
                  "0",
                  "--store",
                  store,
                  "--token-key-file",
                  directory.resolve("own.key").toString())) {
        assertTrue(
            second
                .awaitLine("Kept the records already in", 60)
                .contains("loads only into an empty store"));
        URI two = endpoint(second);
        URI other = endpoint(stranger);
        pageAcross(store, executionId, tasks, one, two, other);
      }
    }
  }

  private static void pageAcross(
      String store,
      String executionId,
      List<MaintenanceWindowExecutionTaskIdentity> tasks,
      URI one,
      URI two,
      URI other)
      throws Exception {
    // A write through a third node (this JVM) is read on both processes.
    MaintenanceWindowExecutionTaskIdentity late = TestRecords.tasks(executionId, 6, 1).get(0);
    try (SsmEmulator writer = SsmEmulator.builder().store(store).build()) {
      writer.putTask(late);
    }
    List<String> expected = new ArrayList<>();
    List<MaintenanceWindowExecutionTaskIdentity> all = new ArrayList<>(tasks);
    all.add(late);
    all.stream()
        .sorted(TestRecords.API_ORDER)
        .forEach(task -> expected.add(task.taskExecutionId()));

    // Paging alternates between the two processes, each accepting the other's token.
    List<String> paged = new ArrayList<>();
    String token = null;
    int calls = 0;
    do {
      DescribeCall.Answer page =
          DescribeCall.page(calls % 2 == 0 ? one : two, executionId, 10, token);
      assertEquals(200, page.status(), page.body().toString());
      paged.addAll(page.taskIds());
      token = page.nextToken();
      calls++;
    } while (token != null);
    assertEquals(expected, paged);
    assertEquals(5, calls);

    String fromOne = DescribeCall.page(one, executionId, 10, null).nextToken();
    DescribeCall.Answer refused = DescribeCall.page(other, executionId, 10, fromOne);
    assertEquals(400, refused.status());
    assertEquals("InvalidNextToken", refused.body().get("__type").asText());
    assertEquals(
        10, DescribeCall.page(other, executionId, 10, null).taskIds().size(), "the same data");
  }

  private static URI endpoint(ChildJvm node) throws InterruptedException {
    Matcher matcher = ENDPOINT.matcher(node.awaitLine("listening on", 60));
    assertTrue(matcher.find());
    return URI.create(matcher.group());
  }
}
