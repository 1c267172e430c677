package io.shapeforge.benchmarks.query;

import io.shapeforge.benchmarks.dataset.TaskDataset;
import io.shapeforge.runtime.page.NextTokenCodec;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksFilters;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksFilters.Status;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksQuery;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksRequest;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksResult;
import java.io.IOException;
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
 * The generated {@code DescribeMaintenanceWindowExecutionTasks} query on each storage engine of the
 * SPI: one page of 100 tasks of the mid-table execution with {@code STATUS in (SUCCESS, FAILED)},
 * first page and the page after it (from its NextToken), as {@link QueryBenchmark} measures the
 * in-memory store against hand-written alternatives.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar EngineBenchmark -p records=1000000 -p engine=postgresql
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class EngineBenchmark {
  /** Tasks stored. */
  @Param({"100000", "1000000"})
  public int records;

  /** The engine, one of {@link EngineStores#ENGINES}. */
  @Param({"memory", "h2", "postgresql"})
  public String engine;

  private EngineStores.Opened opened;
  private DescribeMaintenanceWindowExecutionTasksQuery query;
  private DescribeMaintenanceWindowExecutionTasksRequest first;
  private DescribeMaintenanceWindowExecutionTasksRequest second;

  /** Loads the data set into a new store of the engine. */
  @Setup(Level.Trial)
  public void load() throws IOException, java.sql.SQLException {
    TaskDataset data = TaskDataset.of(records);
    opened = EngineStores.open(engine);
    EngineStores.load(opened, data);
    query =
        new DescribeMaintenanceWindowExecutionTasksQuery(
            opened.store(), NextTokenCodec.withRandomKey());
    first =
        DescribeMaintenanceWindowExecutionTasksRequest.builder()
            .windowExecutionId(data.midTableExecutionId())
            .filters(
                DescribeMaintenanceWindowExecutionTasksFilters.status(
                    Status.SUCCESS, Status.FAILED))
            .maxResults(QueryBenchmark.PAGE_SIZE)
            .build();
    second = first.toBuilder().nextToken(query.execute(first).nextToken()).build();
  }

  /** Closes the store (the pool; the embedded server stops with the JVM). */
  @TearDown(Level.Trial)
  public void close() {
    opened.store().close();
  }

  /** The first page. */
  @Benchmark
  public DescribeMaintenanceWindowExecutionTasksResult firstPage() {
    return query.execute(first);
  }

  /** The page after it, from its NextToken: a keyset seek past the first 100 matches. */
  @Benchmark
  public DescribeMaintenanceWindowExecutionTasksResult nextPage() {
    return query.execute(second);
  }
}
