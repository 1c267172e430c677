package io.shapeforge.samples.ssm.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * One soak client: until its deadline (or its operation budget) it cycles through a full paged read
 * of the shared execution, a filtered read of it, a write into it while others page it, and a write
 * into its own execution followed by reading that execution back.
 *
 * <p>It checks as it goes that every page is a 200, that no paging repeats a task, that a read
 * returns every task that existed for the whole run (and, when filtered, only matching ones), and
 * that it reads its own acknowledged writes.
 */
final class SoakClient implements Runnable {
  private static final List<String> FILTERABLE =
      List.of(
          "PENDING", "IN_PROGRESS", "SUCCESS", "FAILED", "TIMED_OUT", "CANCELLING", "CANCELLED");

  private final int number;
  private final LoopbackSsm ssm;
  private final SoakTally tally;
  private final long deadlineNanos;
  private final int maxOperations;

  /** The tasks present before any client started: id to status. */
  private final Map<String, String> original;

  private final String ownExecution;
  private final Random random;
  private final Set<String> ownWrites = new HashSet<>();
  private int written;

  SoakClient(
      int number,
      LoopbackSsm ssm,
      SoakTally tally,
      long deadlineNanos,
      int maxOperations,
      Map<String, String> original) {
    this.number = number;
    this.ssm = ssm;
    this.tally = tally;
    this.deadlineNanos = deadlineNanos;
    this.maxOperations = maxOperations;
    this.original = original;
    this.ownExecution = String.format("b0000000-0000-4000-8000-%012x", number);
    this.random = new Random(number);
  }

  @Override
  public void run() {
    ssm.putExecution(SsmTestData.execution(ownExecution));
    try {
      for (int op = 0; op < maxOperations && System.nanoTime() < deadlineNanos; op++) {
        // Clients start at different kinds, so every kind runs even when time is short.
        switch ((op + number) % 4) {
          case 0 -> pagedRead();
          case 1 -> filteredRead();
          case 2 -> write(SoakTest.SHARED);
          default -> writeAndReadBack();
        }
      }
    } catch (Exception e) {
      tally.fail("client " + number + " stopped: " + e);
    }
  }

  private void pagedRead() throws Exception {
    List<JsonNode> tasks = TaskPager.readAll(ssm, SoakTest.SHARED, List.of(), pageSize(), tally);
    tally.pagedReads.increment();
    if (tasks != null) {
      assertHasOriginal(ids(tasks), original.keySet(), "paged read");
    }
  }

  private void filteredRead() throws Exception {
    List<String> statuses =
        new ArrayList<>(FILTERABLE.subList(0, 1 + random.nextInt(FILTERABLE.size())));
    List<JsonNode> tasks = TaskPager.readAll(ssm, SoakTest.SHARED, statuses, pageSize(), tally);
    tally.filteredReads.increment();
    if (tasks == null) {
      return;
    }
    for (JsonNode task : tasks) {
      if (!statuses.contains(task.path("Status").asText())) {
        tally.fail("filter " + statuses + " returned " + task);
      }
    }
    Set<String> expected = new HashSet<>();
    original.forEach(
        (id, status) -> {
          if (statuses.contains(status)) {
            expected.add(id);
          }
        });
    assertHasOriginal(ids(tasks), expected, "filtered read " + statuses);
  }

  private void write(String executionId) {
    String id = String.format("f407ba63-%04x-4b89-8467-%012x", number, written++);
    MaintenanceWindowExecutionStatus status =
        MaintenanceWindowExecutionStatus.valueOf(FILTERABLE.get(random.nextInt(FILTERABLE.size())));
    // Start times fall among the original ones, so new tasks land between pages being read.
    Instant start = SoakTest.FIRST_START.plusSeconds(random.nextInt(SoakTest.ORIGINAL_TASKS));
    ssm.putTask(
        SsmTestData.task(executionId, 0, status, start).toBuilder().taskExecutionId(id).build());
    tally.acknowledge(executionId, id);
    if (executionId.equals(ownExecution)) {
      ownWrites.add(id);
    }
  }

  private void writeAndReadBack() throws Exception {
    write(ownExecution);
    List<JsonNode> tasks = TaskPager.readAll(ssm, ownExecution, List.of(), pageSize(), tally);
    tally.pagedReads.increment();
    if (tasks != null) {
      assertHasOriginal(ids(tasks), ownWrites, "read-your-writes");
    }
  }

  private void assertHasOriginal(Set<String> read, Set<String> expected, String what) {
    if (!read.containsAll(expected)) {
      Set<String> missing = new HashSet<>(expected);
      missing.removeAll(read);
      tally.fail(
          what
              + " of client "
              + number
              + " skipped "
              + missing.size()
              + " tasks, e.g. "
              + missing.iterator().next());
    }
  }

  private int pageSize() {
    return 10 + random.nextInt(91);
  }

  private static Set<String> ids(List<JsonNode> tasks) {
    Set<String> ids = new HashSet<>();
    tasks.forEach(task -> ids.add(task.path("TaskExecutionId").asText()));
    return ids;
  }
}
