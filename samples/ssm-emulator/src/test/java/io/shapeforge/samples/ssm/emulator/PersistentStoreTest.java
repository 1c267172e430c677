package io.shapeforge.samples.ssm.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapeforge.runtime.jdbc.EmbeddedPostgresServer;
import io.shapeforge.runtime.jdbc.StoreUnavailableException;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionTaskIdentity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The emulator on a persistent store: restarts keep what is stored, and seeds load only once. */
class PersistentStoreTest {
  @TempDir Path directory;

  private String store(String engine) {
    return engine.equals("h2")
        ? "h2:" + directory.resolve("ssm")
        : EmbeddedPostgresServer.newDatabase("persist");
  }

  /** Write, stop, restart, read: over HTTP, with a NextToken from before the restart. */
  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void whatIsWrittenAndItsTokensSurviveARestart(String engine) throws Exception {
    String store = store(engine);
    Path key = directory.resolve("token.key");
    String executionId = TestRecords.id(1, 0);
    String token;
    List<String> firstPage;
    try (SsmEmulator first = SsmEmulator.builder().store(store).tokenKeyFile(key).build().start()) {
      first.putExecution(TestRecords.execution(executionId));
      TestRecords.tasks(executionId, 1, 25).forEach(first::putTask);
      DescribeCall.Answer page = DescribeCall.page(first.endpoint(), executionId, 10, null);
      firstPage = page.taskIds();
      token = page.nextToken();
      assertNotNull(token);
    }
    assertTrue(Files.size(key) >= 16, "the key file was created");
    try (SsmEmulator second =
        SsmEmulator.builder().store(store).tokenKeyFile(key).build().start()) {
      DescribeCall.Answer again = DescribeCall.page(second.endpoint(), executionId, 10, null);
      assertEquals(firstPage, again.taskIds());
      DescribeCall.Answer next = DescribeCall.page(second.endpoint(), executionId, 10, token);
      assertEquals(200, next.status(), next.body().toString());
      List<String> expected =
          TestRecords.tasks(executionId, 1, 25).stream()
              .sorted(TestRecords.API_ORDER)
              .map(MaintenanceWindowExecutionTaskIdentity::taskExecutionId)
              .toList();
      assertEquals(expected.subList(10, 20), next.taskIds());
    }
    try (SsmEmulator otherKey =
        SsmEmulator.builder()
            .store(store)
            .tokenKeyFile(directory.resolve("other.key"))
            .build()
            .start()) {
      DescribeCall.Answer refused = DescribeCall.page(otherKey.endpoint(), executionId, 10, token);
      assertEquals(400, refused.status());
      assertEquals("InvalidNextToken", refused.body().get("__type").asText());
    }
  }

  @Test
  void aSeedLoadsOnlyIntoAnEmptyStore() throws Exception {
    String store = store("h2");
    Path seed = SeedReaderTest.resource("seeds/valid.json");
    try (SsmEmulator first = SsmEmulator.builder().store(store).seed(seed).build()) {
      assertTrue(first.loadedSeed());
      first.putExecution(TestRecords.execution(TestRecords.id(9, 9)));
    }
    try (SsmEmulator second = SsmEmulator.builder().store(store).seed(seed).build()) {
      assertFalse(second.loadedSeed(), "the store already held records");
      assertEquals(
          3,
          second
              .store()
              .table(
                  io.shapeforge.samples.ssm.imported.model.AmazonSsmTables
                      .MAINTENANCE_WINDOW_EXECUTION)
              .size());
    }
    try (SsmEmulator inMemory = SsmEmulator.builder().seed(seed).build()) {
      assertTrue(inMemory.loadedSeed(), "a fresh in-memory store is empty");
    }
  }

  @Test
  void anUnreachableDatabaseIsAClearError() throws Exception {
    int port;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/ssm?user=ssm";
    StoreUnavailableException error =
        assertThrows(
            StoreUnavailableException.class, () -> SsmEmulator.builder().store(url).build());
    assertTrue(
        error.getMessage().startsWith("cannot open store " + url + ": "), error.getMessage());
  }

  /**
   * Two emulators on one PostgreSQL insert the same execution at once: one succeeds, the other gets
   * RecordAlreadyExistsException; a task put through one is listed by the other.
   */
  @Test
  void twoEmulatorsOnOneDatabaseShareDataAndConflictOnOneKey() throws Exception {
    String store = store("postgresql");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (SsmEmulator first = SsmEmulator.builder().store(store).build().start();
        SsmEmulator second = SsmEmulator.builder().store(store).build().start()) {
      for (int round = 0; round < 20; round++) {
        String executionId = TestRecords.id(3, round);
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<String>> inserts = new ArrayList<>();
        for (SsmEmulator node : List.of(first, second)) {
          inserts.add(
              pool.submit(
                  () -> {
                    start.await();
                    try {
                      node.insertExecution(TestRecords.execution(executionId));
                      return "inserted";
                    } catch (RecordAlreadyExistsException e) {
                      assertEquals(
                          "Maintenance window execution " + executionId + " already exists",
                          e.getMessage());
                      assertEquals(400, e.httpStatus());
                      return e.errorCode();
                    }
                  }));
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> insert : inserts) {
          outcomes.add(insert.get(30, TimeUnit.SECONDS));
        }
        outcomes.sort(null);
        assertEquals(List.of("RecordAlreadyExistsException", "inserted"), outcomes, executionId);
      }
      String executionId = TestRecords.id(3, 0);
      MaintenanceWindowExecutionTaskIdentity task = TestRecords.tasks(executionId, 4, 1).get(0);
      first.putTask(task);
      assertEquals(
          List.of(task.taskExecutionId()),
          DescribeCall.page(second.endpoint(), executionId, 10, null).taskIds());
      RecordAlreadyExistsException taken =
          assertThrows(RecordAlreadyExistsException.class, () -> second.insertTask(task));
      assertEquals(
          "Task execution "
              + task.taskExecutionId()
              + " of maintenance window execution "
              + executionId
              + " already exists",
          taken.getMessage());
    } finally {
      pool.shutdownNow();
    }
  }
}
