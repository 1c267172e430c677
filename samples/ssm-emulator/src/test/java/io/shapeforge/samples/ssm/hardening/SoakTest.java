package io.shapeforge.samples.ssm.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionStatus;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A load and soak test over loopback HTTP: {@link SoakSettings#clients} concurrent {@link
 * SoakClient}s mix paged reads, filtered reads and writes through the embedding API for {@link
 * SoakSettings#duration}. It checks that no answer is a 5xx (nor anything but a 200), no paging
 * repeats a task or skips one that existed throughout, no acknowledged write is lost, and that the
 * heap in use after the run is back near where it started.
 *
 * <p>Short by default (8 clients × 5 s) so that it runs in every build; the long version is {@code
 * mvn -B -pl samples/ssm-emulator -am test -Dtest=SoakTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dshapeforge.soak=long} (32 clients × 20 s).
 */
class SoakTest {
  static final String SHARED = "50a50a50-0000-4000-8000-000000000000";
  static final int ORIGINAL_TASKS = 300;
  static final Instant FIRST_START = Instant.parse("2024-01-01T00:00:00Z");

  /** Growth of the heap in use, after a GC, that counts as a leak: far above the data written. */
  private static final long MAX_RETAINED_GROWTH = 256L * 1024 * 1024;

  private static final List<MaintenanceWindowExecutionStatus> STATUSES =
      List.of(
          MaintenanceWindowExecutionStatus.SUCCESS,
          MaintenanceWindowExecutionStatus.FAILED,
          MaintenanceWindowExecutionStatus.PENDING,
          MaintenanceWindowExecutionStatus.CANCELLED);

  @Test
  void concurrentClientsGetNo5xxNoDuplicatesAndLoseNoWrite() throws Exception {
    SoakSettings settings = SoakSettings.fromSystemProperties();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    SoakTally tally = new SoakTally();
    try (LoopbackSsm ssm = LoopbackSsm.start()) {
      Map<String, String> original = seedShared(ssm);
      System.gc();
      long heapBefore = memory.getHeapMemoryUsage().getUsed();
      AtomicLong heapPeak = new AtomicLong(heapBefore);
      ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
      sampler.scheduleAtFixedRate(
          () -> heapPeak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
          0,
          50,
          TimeUnit.MILLISECONDS);

      ExecutorService clients = Executors.newFixedThreadPool(settings.clients());
      long deadline = System.nanoTime() + settings.duration().toNanos();
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < settings.clients(); i++) {
        running.add(
            clients.submit(
                new SoakClient(
                    i, ssm, tally, deadline, settings.maxOperationsPerClient(), original)));
      }
      for (Future<?> client : running) {
        // Bounded: a client past its deadline finishes its current paging, never more.
        client.get(settings.duration().toSeconds() + 120, TimeUnit.SECONDS);
      }
      clients.shutdown();
      sampler.shutdown();

      assertNoAcknowledgedWriteLost(ssm, tally);
      System.gc();
      long heapAfter = memory.getHeapMemoryUsage().getUsed();
      System.out.printf(
          "SoakTest: %d clients x %d s: %d requests (%d paged reads, %d filtered reads, %d writes); "
              + "statuses %s; 5xx %d; heap used before %d MiB, peak %d MiB, after GC %d MiB%n",
          settings.clients(),
          settings.duration().toSeconds(),
          tally.requests.sum(),
          tally.pagedReads.sum(),
          tally.filteredReads.sum(),
          tally.writes.sum(),
          tally.statuses,
          tally.count(500, 599),
          heapBefore >> 20,
          heapPeak.get() >> 20,
          heapAfter >> 20);

      assertEquals(List.of(), List.copyOf(tally.failures));
      assertEquals(0, tally.count(500, 599), "5xx answers");
      assertEquals(tally.requests.sum(), tally.count(200, 200), "every answer is a 200");
      assertTrue(
          tally.pagedReads.sum() > 0 && tally.filteredReads.sum() > 0 && tally.writes.sum() > 0,
          "every kind of operation ran");
      assertTrue(
          heapAfter - heapBefore < MAX_RETAINED_GROWTH,
          "heap in use grew by " + ((heapAfter - heapBefore) >> 20) + " MiB");
    }
  }

  /** The shared execution and its original tasks (id to status), several to a start time. */
  private static Map<String, String> seedShared(LoopbackSsm ssm) {
    ssm.putExecution(SsmTestData.execution(SHARED));
    Map<String, String> original = new LinkedHashMap<>();
    for (int i = 0; i < ORIGINAL_TASKS; i++) {
      MaintenanceWindowExecutionStatus status = STATUSES.get(i % STATUSES.size());
      ssm.putTask(
          SsmTestData.task(SHARED, 0xffff_0000_0000L + i, status, FIRST_START.plusSeconds(i / 2)));
      original.put(
          String.format("f407ba63-998f-4b89-8467-%012x", 0xffff_0000_0000L + i), status.toString());
    }
    return original;
  }

  private static void assertNoAcknowledgedWriteLost(LoopbackSsm ssm, SoakTally tally)
      throws Exception {
    for (Map.Entry<String, Queue<String>> written : tally.acknowledged.entrySet()) {
      List<JsonNode> tasks = TaskPager.readAll(ssm, written.getKey(), List.of(), 100, tally);
      Set<String> present = new HashSet<>();
      if (tasks != null) {
        tasks.forEach(task -> present.add(task.path("TaskExecutionId").asText()));
      }
      for (String id : written.getValue()) {
        if (!present.contains(id)) {
          tally.fail("acknowledged write " + id + " of " + written.getKey() + " is lost");
        }
      }
    }
  }
}
