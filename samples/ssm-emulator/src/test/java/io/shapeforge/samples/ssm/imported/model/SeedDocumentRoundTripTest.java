package io.shapeforge.samples.ssm.imported.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.shapeforge.runtime.protocol.EpochSecondsSerializer;
import io.shapeforge.runtime.validation.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sample request and response of AWS's API reference page survive a trip through the generated
 * models: they deserialize, validate clean and serialize back to equal JSON.
 *
 * <p>A plain {@link ObjectMapper} is used on purpose: the generated classes carry every Jackson
 * mapping themselves, so any mapper an embedder already has reads the wire format.
 */
class SeedDocumentRoundTripTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** AWS redacts the tail of ids in its docs with this marker; it is not hex. */
  private static final String REDACTION = "EXAMPLE";

  @Test
  void sampleRequestRoundTrips() throws IOException {
    JsonNode wire = unredact(read("seed/sample-request.json"));

    DescribeMaintenanceWindowExecutionTasksRequest request =
        MAPPER.treeToValue(wire, DescribeMaintenanceWindowExecutionTasksRequest.class);

    assertEquals("a06e9f91-3b9c-4c3e-8bd4-246cc0000000", request.windowExecutionId());
    assertEquals(
        List.of(),
        DescribeMaintenanceWindowExecutionTasksRequestValidator.INSTANCE.violationsOf(request));
    assertEquals(wire, MAPPER.valueToTree(request));
  }

  @Test
  void sampleResponseRoundTrips() throws IOException {
    JsonNode wire = toEpochSeconds(unredact(read("seed/sample-response.json")));

    DescribeMaintenanceWindowExecutionTasksResult result =
        MAPPER.treeToValue(wire, DescribeMaintenanceWindowExecutionTasksResult.class);

    MaintenanceWindowExecutionTaskIdentity task = result.windowExecutionTaskIdentities().get(0);
    assertEquals(Instant.parse("2021-08-04T18:35:35.145Z"), task.startTime());
    assertEquals(Instant.parse("2021-08-04T18:38:09.062Z"), task.endTime());
    assertEquals(MaintenanceWindowExecutionStatus.SUCCESS, task.status());
    assertEquals(MaintenanceWindowTaskType.RUN_COMMAND, task.taskType());
    assertEquals(
        List.of(),
        DescribeMaintenanceWindowExecutionTasksResultValidator.INSTANCE.violationsOf(result));
    assertEquals(wire, MAPPER.valueToTree(result));
    String written = MAPPER.writeValueAsString(result);
    assertTrue(written.contains("\"StartTime\":1628102135.145,"), written);
    assertTrue(written.contains("\"EndTime\":1628102289.062,"), written);
  }

  /** The redacted ids are caught: the validator is not simply accepting everything. */
  @Test
  void redactedSampleIdFailsThePublishedPattern() throws IOException {
    DescribeMaintenanceWindowExecutionTasksRequest request =
        MAPPER.treeToValue(
            read("seed/sample-request.json"), DescribeMaintenanceWindowExecutionTasksRequest.class);

    ValidationException failure =
        new ValidationException(
            DescribeMaintenanceWindowExecutionTasksRequestValidator.INSTANCE.violationsOf(request));

    assertEquals(
        "1 validation error detected: Value 'a06e9f91-3b9c-4c3e-8bd4-246ccEXAMPLE' at 'windowExecutionId' "
            + "failed to satisfy constraint: Member must satisfy regular expression pattern: "
            + "^[0-9a-fA-F]{8}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{12}$",
        failure.getMessage());
  }

  @Test
  void serializedFieldsFollowTheWireNames() throws IOException {
    JsonNode wire = toEpochSeconds(unredact(read("seed/sample-response.json")));
    JsonNode written =
        MAPPER.valueToTree(
            MAPPER.treeToValue(wire, DescribeMaintenanceWindowExecutionTasksResult.class));

    List<String> names = new ArrayList<>();
    written.at("/WindowExecutionTaskIdentities/0").fieldNames().forEachRemaining(names::add);
    assertEquals(
        List.of(
            "WindowExecutionId",
            "TaskExecutionId",
            "Status",
            "StartTime",
            "EndTime",
            "TaskArn",
            "TaskType"),
        names);
  }

  private static JsonNode read(String resource) throws IOException {
    try (InputStream in =
        SeedDocumentRoundTripTest.class.getClassLoader().getResourceAsStream(resource)) {
      return MAPPER.readTree(in);
    }
  }

  /** Replaces the docs' redaction marker with hex digits of the same length. */
  private static JsonNode unredact(JsonNode node) {
    if (node.isTextual()) {
      return TextNode.valueOf(node.asText().replace(REDACTION, "0".repeat(REDACTION.length())));
    }
    if (node.isObject()) {
      ObjectNode copy = MAPPER.createObjectNode();
      node.properties().forEach(field -> copy.set(field.getKey(), unredact(field.getValue())));
      return copy;
    }
    if (node.isArray()) {
      var copy = MAPPER.createArrayNode();
      node.forEach(element -> copy.add(unredact(element)));
      return copy;
    }
    return node;
  }

  /** The docs show timestamps as the CLI renders them; the wire carries epoch seconds. */
  private static JsonNode toEpochSeconds(JsonNode response) throws IOException {
    ObjectNode copy = response.deepCopy();
    for (JsonNode task : copy.withArray("WindowExecutionTaskIdentities")) {
      for (String member : List.of("StartTime", "EndTime")) {
        Instant instant = OffsetDateTime.parse(task.get(member).asText()).toInstant();
        ((ObjectNode) task)
            .set(member, MAPPER.readTree(EpochSecondsSerializer.toEpochSeconds(instant)));
      }
    }
    return MAPPER.readTree(MAPPER.writeValueAsString(copy));
  }
}
