package io.shapeforge.benchmarks.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmulatorDemoScenarioTest {
  /** Lines as the emulator's --demo prints them (DemoCommands), with the endpoint shortened. */
  private static final String PRINTED =
      String.join(
          "\n",
          "SSM emulator listening on http://127.0.0.1:4583",
          "  aws ssm describe-maintenance-window-execution-tasks --endpoint-url http://127.0.0.1:4583"
              + " --window-execution-id 11111111-2222-3333-4444-555555555555",
          "  aws ssm describe-maintenance-window-execution-tasks --endpoint-url http://127.0.0.1:4583"
              + " --window-execution-id 6f1b6c3e-0d6a-4a6e-9c43-2b1d3c4e5f60 --max-items 10");

  @Test
  void findsTheLargeExecutionInThePagedExample() {
    assertEquals(
        Optional.of("6f1b6c3e-0d6a-4a6e-9c43-2b1d3c4e5f60"),
        EmulatorScenario.demoLargeExecutionId(PRINTED));
    assertEquals(Optional.empty(), EmulatorScenario.demoLargeExecutionId("starting..."));
  }

  @Test
  void thePageAsksForOnePageWithoutFilters() throws Exception {
    AwsJsonCall call =
        EmulatorScenario.demoPage(
            URI.create("http://127.0.0.1:1/"), "6f1b6c3e-0d6a-4a6e-9c43-2b1d3c4e5f60", 100);
    JsonNode body = new ObjectMapper().readTree(call.body());
    assertEquals("6f1b6c3e-0d6a-4a6e-9c43-2b1d3c4e5f60", body.path("WindowExecutionId").asText());
    assertEquals(100, body.path("MaxResults").asInt());
    assertEquals(2, body.size());
    assertEquals(EmulatorScenario.TARGET, call.target());
  }
}
