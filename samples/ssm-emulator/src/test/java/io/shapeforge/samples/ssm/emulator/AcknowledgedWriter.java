package io.shapeforge.samples.ssm.emulator;

/**
 * The child of {@code SigkillTest}: stores an execution, then task after task, printing {@code ACK
 * <n>} once each {@code putTask} has returned, until it is killed.
 */
public final class AcknowledgedWriter {
  private AcknowledgedWriter() {}

  public static void main(String[] args) {
    String executionId = TestRecords.id(77, 0);
    SsmEmulator emulator = SsmEmulator.builder().store(args[0]).build();
    emulator.putExecution(TestRecords.execution(executionId));
    System.out.println("READY");
    System.out.flush();
    for (int n = 0; n < 1_000_000; n++) {
      emulator.putTask(
          TestRecords.tasks(executionId, 77, 1).get(0).toBuilder()
              .taskExecutionId(TestRecords.id(78, n))
              .statusDetails("ack " + n)
              .build());
      System.out.println("ACK " + n);
      System.out.flush();
    }
  }
}
