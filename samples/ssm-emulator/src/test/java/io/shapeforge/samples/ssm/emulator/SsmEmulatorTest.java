package io.shapeforge.samples.ssm.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shapeforge.runtime.protocol.ProtocolResponse;
import io.shapeforge.runtime.store.InMemoryStore;
import io.shapeforge.runtime.store.Store;
import io.shapeforge.runtime.validation.ValidationException;
import io.shapeforge.samples.ssm.imported.model.AmazonSsmTables;
import io.shapeforge.samples.ssm.imported.model.DoesNotExistException;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecution;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionTaskIdentity;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The embedding API without HTTP: validated inserts and the transport-agnostic handler. */
class SsmEmulatorTest {
  private static final String EXECUTION = TestRecords.id(4, 0);
  private static final String TARGET = "AmazonSSM.DescribeMaintenanceWindowExecutionTasks";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Store store = new InMemoryStore();
  private final SsmEmulator emulator = SsmEmulator.builder().store(store).build();

  @Test
  void anInvalidTaskIsRejectedWithTheAwsMessageAndNotStored() {
    emulator.putExecution(TestRecords.execution(EXECUTION));
    MaintenanceWindowExecutionTaskIdentity bad =
        TestRecords.tasks(EXECUTION, 4, 1).get(0).toBuilder()
            .taskExecutionId("t-1")
            .taskArn("")
            .build();

    ValidationException error =
        assertThrows(ValidationException.class, () -> emulator.putTask(bad));

    assertEquals(
        "3 validation errors detected: "
            + "Value 't-1' at 'taskExecutionId' failed to satisfy constraint: "
            + "Member must satisfy regular expression pattern: ^[0-9a-fA-F]{8}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{12}$; "
            + "Value 't-1' at 'taskExecutionId' failed to satisfy constraint: "
            + "Member must have length greater than or equal to 36; "
            + "Value '' at 'taskArn' failed to satisfy constraint: Member must have length greater than or equal to 1",
        error.getMessage());
    assertEquals(0, store.table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION_TASK_IDENTITY).size());
  }

  @Test
  void aTaskNeedsItsIdentifiers() {
    MaintenanceWindowExecutionTaskIdentity anonymous =
        MaintenanceWindowExecutionTaskIdentity.builder().build();

    ValidationException error =
        assertThrows(ValidationException.class, () -> emulator.putTask(anonymous));

    assertEquals(
        "2 validation errors detected: "
            + "Value null at 'windowExecutionId' failed to satisfy constraint: Member must not be null; "
            + "Value null at 'taskExecutionId' failed to satisfy constraint: Member must not be null",
        error.getMessage());
  }

  @Test
  void anInvalidExecutionIsRejectedAndNotStored() {
    MaintenanceWindowExecution bad =
        TestRecords.execution(EXECUTION).toBuilder().windowId("mw-1").build();

    ValidationException error =
        assertThrows(ValidationException.class, () -> emulator.putExecution(bad));

    assertEquals(
        "2 validation errors detected: Value 'mw-1' at 'windowId' failed to satisfy constraint: "
            + "Member must satisfy regular expression pattern: ^mw-[0-9a-f]{17}$; "
            + "Value 'mw-1' at 'windowId' failed to satisfy constraint: "
            + "Member must have length greater than or equal to 20",
        error.getMessage());
    assertEquals(0, store.table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION).size());
  }

  @Test
  void aTaskOfAnExecutionThatIsNotStoredIsRefused() {
    MaintenanceWindowExecutionTaskIdentity orphan = TestRecords.tasks(EXECUTION, 4, 1).get(0);

    DoesNotExistException error =
        assertThrows(DoesNotExistException.class, () -> emulator.putTask(orphan));

    assertEquals(
        "Maintenance window execution " + EXECUTION + " does not exist", error.getMessage());
    assertEquals(0, store.table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION_TASK_IDENTITY).size());
  }

  @Test
  void theHandlerServesWithoutHttp() throws Exception {
    emulator.putExecution(TestRecords.execution(EXECUTION));
    TestRecords.tasks(EXECUTION, 4, 15).forEach(emulator::putTask);

    ProtocolResponse first =
        emulator.handler().dispatch(TARGET, body("{\"WindowExecutionId\":\"" + EXECUTION + "\"}"));
    JsonNode page = JSON.readTree(first.body());
    ProtocolResponse second =
        emulator
            .handler()
            .dispatch(
                TARGET,
                body(
                    "{\"WindowExecutionId\":\""
                        + EXECUTION
                        + "\",\"NextToken\":\""
                        + page.get("NextToken").asText()
                        + "\"}"));

    assertEquals(200, first.status());
    assertEquals(
        10, page.get("WindowExecutionTaskIdentities").size(), "the spec's default page size");
    assertEquals(5, JSON.readTree(second.body()).get("WindowExecutionTaskIdentities").size());
    assertEquals(null, JSON.readTree(second.body()).get("NextToken"));
  }

  @Test
  void aFixedTokenKeyKeepsTokensValidAcrossEmulators() throws Exception {
    byte[] key = "a shared secret of 32 bytes.....".getBytes(StandardCharsets.US_ASCII);
    SsmEmulator first = SsmEmulator.builder().tokenKey(key).build();
    SsmEmulator restarted = SsmEmulator.builder().tokenKey(key).build();
    SsmEmulator otherKey = SsmEmulator.builder().build();
    for (SsmEmulator each : new SsmEmulator[] {first, restarted, otherKey}) {
      each.putExecution(TestRecords.execution(EXECUTION));
      TestRecords.tasks(EXECUTION, 4, 15).forEach(each::putTask);
    }
    String token =
        JSON.readTree(
                first
                    .handler()
                    .dispatch(TARGET, body("{\"WindowExecutionId\":\"" + EXECUTION + "\"}"))
                    .body())
            .get("NextToken")
            .asText();
    byte[] next =
        body("{\"WindowExecutionId\":\"" + EXECUTION + "\",\"NextToken\":\"" + token + "\"}");

    assertEquals(200, restarted.handler().dispatch(TARGET, next).status());
    assertEquals(
        "InvalidNextToken",
        otherKey.handler().dispatch(TARGET, next).headers().get("x-amzn-ErrorType"));
  }

  private static byte[] body(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }
}
