package io.shapeforge.benchmarks.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.shapeforge.benchmarks.dataset.TaskDataset;
import io.shapeforge.benchmarks.dataset.TaskRecord;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksResult;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionTaskIdentity;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's engines, on generated models, return the same page: the one the spec defines. */
class ModelPageAgreementTest {
  @Test
  void everyEngineReturnsTheSameHundredModels() throws Exception {
    QueryBenchmark benchmark = new QueryBenchmark();
    benchmark.records = 3_000;
    benchmark.chooseData();
    List<TaskRecord> tasks = benchmark.data.toList();
    List<MaintenanceWindowExecutionTaskIdentity> expected =
        tasks.stream()
            .filter(
                t ->
                    t.windowExecutionId().equals(benchmark.execution)
                        && TaskDataset.PAGE_STATUSES.contains(t.status()))
            .sorted(
                Comparator.comparing(TaskRecord::startTime)
                    .thenComparing(TaskRecord::taskExecutionId))
            .limit(QueryBenchmark.PAGE_SIZE)
            .map(IdentityModels::toModel)
            .toList();
    assertEquals(QueryBenchmark.PAGE_SIZE, expected.size());

    QueryBenchmark.ShapeforgeEngine shapeforge = new QueryBenchmark.ShapeforgeEngine();
    shapeforge.load(benchmark);
    DescribeMaintenanceWindowExecutionTasksResult page = benchmark.shapeforgePage(shapeforge);
    assertEquals(expected, page.windowExecutionTaskIdentities());
    assertNotNull(page.nextToken());
    QueryBenchmark.H2Engine h2 = new QueryBenchmark.H2Engine();
    h2.load(benchmark);
    try {
      assertEquals(expected, benchmark.h2Page(h2));
    } finally {
      h2.close();
    }
    QueryBenchmark.ScanEngine scan = new QueryBenchmark.ScanEngine();
    scan.load(benchmark);
    assertEquals(expected, benchmark.scanPage(scan));
    QueryBenchmark.SkipListEngine skipList = new QueryBenchmark.SkipListEngine();
    skipList.load(benchmark);
    assertEquals(expected, benchmark.skipListPage(skipList));
  }

  @Test
  void modelsKeepEveryMemberOfTheRecord() {
    TaskRecord task = TaskDataset.of(1).toList().get(0);
    MaintenanceWindowExecutionTaskIdentity model = IdentityModels.toModel(task);
    assertEquals(task.windowExecutionId(), model.windowExecutionId());
    assertEquals(task.taskExecutionId(), model.taskExecutionId());
    assertEquals(task.status(), model.statusAsString());
    assertEquals(task.statusDetails(), model.statusDetails());
    assertEquals(task.startTime(), model.startTime());
    assertEquals(task.endTime(), model.endTime());
    assertEquals(task.taskArn(), model.taskArn());
    assertEquals(task.taskType(), model.taskTypeAsString());
  }
}
