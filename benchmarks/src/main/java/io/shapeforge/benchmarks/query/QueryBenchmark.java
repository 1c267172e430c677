package io.shapeforge.benchmarks.query;

import io.shapeforge.benchmarks.alternatives.H2TaskTable;
import io.shapeforge.benchmarks.alternatives.PageKey;
import io.shapeforge.benchmarks.alternatives.ScanTaskList;
import io.shapeforge.benchmarks.alternatives.SkipListTaskIndex;
import io.shapeforge.benchmarks.dataset.TaskDataset;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksFilters;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksFilters.Status;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksRequest;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksResult;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionTaskIdentity;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One page of {@code DescribeMaintenanceWindowExecutionTasks}: the first 100 tasks of the mid-table
 * window execution with {@code STATUS in (SUCCESS, FAILED)}, ordered by start time then task id, as
 * generated model objects. Tasks are spread 1,000 per execution with seeded random statuses ({@link
 * TaskDataset}). Each engine is a separate state, so a fork loads only the engine it measures.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar QueryBenchmark -p records=1000000
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@State(Scope.Benchmark)
public class QueryBenchmark {
  /** Items per page. */
  public static final int PAGE_SIZE = 100;

  private static final List<String> STATUSES = TaskDataset.PAGE_STATUSES;
  private static final Set<String> STATUS_SET = Set.copyOf(STATUSES);

  /** Tasks stored. */
  @Param({"10000", "100000", "1000000"})
  public int records;

  TaskDataset data;
  String execution;
  DescribeMaintenanceWindowExecutionTasksRequest request;

  /** Fixes the data set and the execution whose page is measured. */
  @Setup(Level.Trial)
  public void chooseData() {
    data = TaskDataset.of(records);
    execution = data.midTableExecutionId();
    request =
        DescribeMaintenanceWindowExecutionTasksRequest.builder()
            .windowExecutionId(execution)
            .filters(
                DescribeMaintenanceWindowExecutionTasksFilters.status(
                    Status.SUCCESS, Status.FAILED))
            .maxResults(PAGE_SIZE)
            .build();
  }

  /** The generated query (request validation included) on the in-memory store. */
  @Benchmark
  public DescribeMaintenanceWindowExecutionTasksResult shapeforgePage(ShapeforgeEngine engine) {
    return engine.query.execute(request);
  }

  /** H2 in-memory, composite index, prepared keyset query. */
  @Benchmark
  public List<MaintenanceWindowExecutionTaskIdentity> h2Page(H2Engine engine) throws SQLException {
    return engine.query.page(
        execution, STATUSES, PageKey.BEFORE_ALL, PAGE_SIZE, IdentityModels.ROWS);
  }

  /** A naive stream filter, sort and limit over a list. */
  @Benchmark
  public List<MaintenanceWindowExecutionTaskIdentity> scanPage(ScanEngine engine) {
    return engine.scan.page(execution, STATUS_SET, PageKey.BEFORE_ALL, PAGE_SIZE);
  }

  /** A hand-written {@code ConcurrentSkipListMap} keyed by (execution, start time, task id). */
  @Benchmark
  public List<MaintenanceWindowExecutionTaskIdentity> skipListPage(SkipListEngine engine) {
    return engine.index.page(execution, STATUS_SET, PageKey.BEFORE_ALL, PAGE_SIZE);
  }

  /** The Shapeforge in-memory store of the benchmark's data set. */
  @State(Scope.Benchmark)
  public static class ShapeforgeEngine {
    ShapeforgeTaskQuery query;

    /** Stores every execution and task. */
    @Setup(Level.Trial)
    public void load(QueryBenchmark benchmark) {
      query = new ShapeforgeTaskQuery();
      benchmark.data.executionIds().forEach(query::putExecution);
      benchmark.data.forEach(task -> query.put(IdentityModels.toModel(task)));
    }
  }

  /** The H2 table of the benchmark's data set. */
  @State(Scope.Benchmark)
  public static class H2Engine {
    H2TaskTable table;
    H2TaskTable.PageQuery query;

    /** Loads the data set and prepares the page query. */
    @Setup(Level.Trial)
    public void load(QueryBenchmark benchmark) throws SQLException {
      table = H2TaskTable.create();
      table.insertAll(benchmark.data);
      query = table.pageQuery(STATUSES.size());
    }

    /** Drops the in-memory database. */
    @TearDown(Level.Trial)
    public void close() throws SQLException {
      query.close();
      table.close();
    }
  }

  /** Every task as a generated model object in one list. */
  @State(Scope.Benchmark)
  public static class ScanEngine {
    ScanTaskList<MaintenanceWindowExecutionTaskIdentity> scan;

    /** Materialises the data set. */
    @Setup(Level.Trial)
    public void load(QueryBenchmark benchmark) {
      List<MaintenanceWindowExecutionTaskIdentity> tasks = new ArrayList<>(benchmark.records);
      benchmark.data.forEach(task -> tasks.add(IdentityModels.toModel(task)));
      scan = new ScanTaskList<>(tasks, IdentityModels.ACCESS);
    }
  }

  /** Every task as a generated model object in a skip list. */
  @State(Scope.Benchmark)
  public static class SkipListEngine {
    SkipListTaskIndex<MaintenanceWindowExecutionTaskIdentity> index;

    /** Indexes the data set. */
    @Setup(Level.Trial)
    public void load(QueryBenchmark benchmark) {
      index = new SkipListTaskIndex<>(IdentityModels.ACCESS);
      benchmark.data.forEach(task -> index.put(IdentityModels.toModel(task)));
    }
  }
}
