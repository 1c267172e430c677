package io.shapeforge.benchmarks.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shapeforge.benchmarks.dataset.TaskDataset;
import io.shapeforge.benchmarks.dataset.TaskRecord;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmulatorScenarioTest {
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void seedHoldsEveryExecutionAndTaskInWireFormat(@TempDir Path dir) throws Exception {
    TaskDataset data = TaskDataset.of(1_500);
    Path seed = dir.resolve("seed.json");
    EmulatorScenario.writeSeed(data, seed);
    JsonNode document = json.readTree(seed.toFile());
    assertEquals(2, document.path("WindowExecutions").size());
    assertEquals(1_500, document.path("WindowExecutionTasks").size());
    TaskRecord first = data.toList().get(0);
    JsonNode task = document.path("WindowExecutionTasks").get(0);
    assertEquals(first.taskExecutionId(), task.path("TaskExecutionId").asText());
    assertTrue(task.path("StartTime").isNumber());
    assertEquals(
        first.startTime().toEpochMilli(),
        task.path("StartTime").decimalValue().movePointRight(3).longValueExact());
  }

  @Test
  void pageCallFiltersTheMidTableExecution() throws Exception {
    TaskDataset data = TaskDataset.of(3_000);
    AwsJsonCall call = EmulatorScenario.page(URI.create("http://127.0.0.1:1/"), data, 100);
    JsonNode body = json.readTree(call.body());
    assertEquals(data.midTableExecutionId(), body.path("WindowExecutionId").asText());
    assertEquals("STATUS", body.path("Filters").get(0).path("Key").asText());
    assertEquals("[\"SUCCESS\",\"FAILED\"]", body.path("Filters").get(0).path("Values").toString());
    assertEquals(100, body.path("MaxResults").asInt());
  }
}
