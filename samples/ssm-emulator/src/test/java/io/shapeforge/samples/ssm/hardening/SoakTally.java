package io.shapeforge.samples.ssm.hardening;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

/** What the soak clients did and saw, shared by all of them. */
final class SoakTally {
  final LongAdder requests = new LongAdder();
  final LongAdder pagedReads = new LongAdder();
  final LongAdder filteredReads = new LongAdder();
  final LongAdder writes = new LongAdder();
  final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();

  /** Every broken property, with enough detail to debug it; the test fails when not empty. */
  final Queue<String> failures = new ConcurrentLinkedQueue<>();

  /** Task execution ids whose put returned, per window execution id. */
  final Map<String, Queue<String>> acknowledged = new ConcurrentHashMap<>();

  void status(int status) {
    requests.increment();
    statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
  }

  long count(int fromStatus, int toStatus) {
    return statuses.entrySet().stream()
        .filter(e -> e.getKey() >= fromStatus && e.getKey() <= toStatus)
        .mapToLong(e -> e.getValue().sum())
        .sum();
  }

  void acknowledge(String executionId, String taskExecutionId) {
    acknowledged
        .computeIfAbsent(executionId, id -> new ConcurrentLinkedQueue<>())
        .add(taskExecutionId);
    writes.increment();
  }

  void fail(String what) {
    if (failures.size() < 100) {
      failures.add(what);
    }
  }
}
