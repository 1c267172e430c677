package io.shapeforge.samples.ssm.hardening;

import io.shapeforge.runtime.page.NextTokenCodec;
import io.shapeforge.runtime.protocol.AwsJsonDispatcher;
import io.shapeforge.runtime.store.InMemoryStore;
import io.shapeforge.runtime.store.Store;
import io.shapeforge.samples.ssm.imported.model.AmazonSsmService;
import io.shapeforge.samples.ssm.imported.model.AmazonSsmTables;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecution;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionStatus;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionTaskIdentity;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowTaskType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * A small, fixed SSM data set: execution {@link #BUSY} with {@value #BUSY_TASKS} tasks of every
 * status, some sharing a start time so that paging must break ties by task id, and execution {@link
 * #EMPTY} with none. Ids are deterministic so corpus files and catalog rows can name them.
 */
final class SsmTestData {
  static final String BUSY = "a06e9f91-3b9c-4c3e-8bd4-246cc0000001";
  static final String EMPTY = "a06e9f91-3b9c-4c3e-8bd4-246cc0000002";
  static final String UNKNOWN = "a06e9f91-3b9c-4c3e-8bd4-246cc00000ff";
  static final int BUSY_TASKS = 25;
  static final Instant START = Instant.parse("2021-08-04T18:35:35.145Z");

  /** Test-only token secret: corpus files may hold tokens made with it. */
  static final byte[] TOKEN_SECRET =
      "shapeforge-test-data-token-key-1".getBytes(StandardCharsets.US_ASCII);

  private static final List<MaintenanceWindowExecutionStatus> STATUSES =
      List.of(
          MaintenanceWindowExecutionStatus.SUCCESS,
          MaintenanceWindowExecutionStatus.FAILED,
          MaintenanceWindowExecutionStatus.IN_PROGRESS,
          MaintenanceWindowExecutionStatus.PENDING,
          MaintenanceWindowExecutionStatus.TIMED_OUT,
          MaintenanceWindowExecutionStatus.CANCELLED);

  private SsmTestData() {}

  /** A fresh in-memory store holding the data set. */
  static Store store() {
    Store store = new InMemoryStore();
    store.table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION).put(execution(BUSY));
    store.table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION).put(execution(EMPTY));
    for (int i = 0; i < BUSY_TASKS; i++) {
      store
          .table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION_TASK_IDENTITY)
          .put(task(BUSY, i, STATUSES.get(i % STATUSES.size()), START.plusSeconds(i / 3)));
    }
    return store;
  }

  /** The generated SSM dispatcher over {@code store}, with the test token secret. */
  static AwsJsonDispatcher dispatcher(Store store) {
    return AmazonSsmService.dispatcher(store, NextTokenCodec.withKey(TOKEN_SECRET)).build();
  }

  static MaintenanceWindowExecution execution(String id) {
    return MaintenanceWindowExecution.builder()
        .windowId("mw-0123456789abcdef0")
        .windowExecutionId(id)
        .status(MaintenanceWindowExecutionStatus.SUCCESS)
        .startTime(START)
        .endTime(START.plusSeconds(3600))
        .build();
  }

  /** Task number {@code n} of {@code executionId}; its id ends in {@code n} as 12 hex digits. */
  static MaintenanceWindowExecutionTaskIdentity task(
      String executionId, long n, MaintenanceWindowExecutionStatus status, Instant startTime) {
    return MaintenanceWindowExecutionTaskIdentity.builder()
        .windowExecutionId(executionId)
        .taskExecutionId(String.format("f407ba63-998f-4b89-8467-%012x", n))
        .status(status)
        .startTime(startTime)
        .taskArn("AWS-RunPatchBaseline")
        .taskType(MaintenanceWindowTaskType.RUN_COMMAND)
        .build();
  }
}
