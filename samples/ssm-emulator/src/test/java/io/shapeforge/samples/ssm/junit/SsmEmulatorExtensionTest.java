package io.shapeforge.samples.ssm.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.shapeforge.samples.ssm.emulator.SsmEmulator;
import java.net.URI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.DescribeMaintenanceWindowExecutionTasksResponse;

/** What the extension injects, and that it is one emulator for the whole class, seeded once. */
@ExtendWith(SsmEmulatorExtension.class)
@EmulatorSeed("/seeds/valid.json")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SsmEmulatorExtensionTest {
  private static final String SEEDED_EXECUTION = "6ff7bd81-3a1b-4c62-9a4f-1a2b3c4d5e6f";

  static SsmEmulator staticEmulator;
  static SsmEmulator emulatorSeenFirst;

  @EmulatorEndpoint URI endpoint;

  SsmEmulator emulator;

  SsmClient ssm;

  @BeforeAll
  static void beforeAll(SsmEmulator fromParameter, @EmulatorEndpoint URI endpoint) {
    assertSame(staticEmulator, fromParameter, "static fields are filled before @BeforeAll");
    assertEquals(fromParameter.endpoint(), endpoint);
  }

  @Test
  @Order(1)
  void fieldsAndParametersGetTheSameEmulator(
      SsmEmulator parameter, @EmulatorEndpoint URI endpointParameter, SsmClient client) {
    assertNotNull(emulator);
    assertSame(staticEmulator, emulator);
    assertSame(emulator, parameter);
    assertEquals(emulator.endpoint(), endpoint);
    assertEquals(endpoint, endpointParameter);
    assertSame(ssm, client, "one client per class");
    assertEquals("127.0.0.1", endpoint.getHost());
    emulatorSeenFirst = emulator;
  }

  @Test
  @Order(2)
  void theInjectedClientTalksToTheSeededEmulator() {
    DescribeMaintenanceWindowExecutionTasksResponse response =
        ssm.describeMaintenanceWindowExecutionTasks(r -> r.windowExecutionId(SEEDED_EXECUTION));

    assertEquals(2, response.windowExecutionTaskIdentities().size());
    assertSame(emulatorSeenFirst, emulator, "a new test instance, the same emulator");
  }
}
