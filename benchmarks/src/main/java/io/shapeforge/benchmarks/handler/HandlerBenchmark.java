package io.shapeforge.benchmarks.handler;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shapeforge.benchmarks.dataset.TaskDataset;
import io.shapeforge.benchmarks.query.IdentityModels;
import io.shapeforge.runtime.page.NextTokenCodec;
import io.shapeforge.runtime.protocol.AwsJsonDispatcher;
import io.shapeforge.runtime.protocol.JsonCodec;
import io.shapeforge.runtime.protocol.JsonWritable;
import io.shapeforge.runtime.protocol.ProtocolResponse;
import io.shapeforge.runtime.protocol.ResponseBuffer;
import io.shapeforge.runtime.store.InMemoryStore;
import io.shapeforge.runtime.store.Store;
import io.shapeforge.samples.ssm.imported.model.AmazonSsmService;
import io.shapeforge.samples.ssm.imported.model.AmazonSsmTables;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksResult;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecution;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The emulator's whole in-process path for one page of 100 tasks: request bytes are decoded,
 * validated, queried through the generated engine and encoded back to response bytes by the
 * generated dispatcher, exactly as the HTTP transport hands them over, minus the socket.
 *
 * <p>Beside it, the yardstick of issue 13 (the whole path at most 1.5x this): Jackson databind
 * alone writing the same 100-item result with a plain {@code ObjectMapper} ({@code
 * jacksonEncodePage}), and the generated writer alone writing it ({@code generatedEncodePage}).
 * Setup checks that both give the very bytes {@code describePage} answers. And the other direction:
 * the generated reader ({@code generatedDecodePage}) and databind ({@code databindDecodePage})
 * reading that page's bytes back into its model, with the same checks.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class HandlerBenchmark {
  private static final String TARGET = "AmazonSSM.DescribeMaintenanceWindowExecutionTasks";
  private static final int PAGE_SIZE = 100;

  private AwsJsonDispatcher handler;
  private byte[] request;
  private DescribeMaintenanceWindowExecutionTasksResult page;
  private final ObjectMapper jackson = new ObjectMapper();
  private final JsonCodec codec = JsonCodec.defaults();
  private final ResponseBuffer buffer = new ResponseBuffer();
  private final JsonCodec databind = JsonCodec.builder().generatedCodecs(false).build();

  /** The page's response body: what the decode benchmarks read, as a 28 KB request would be. */
  private byte[] pageBody;

  @Setup(Level.Trial)
  public void load() throws IOException {
    TaskDataset data = TaskDataset.of(10 * TaskDataset.TASKS_PER_EXECUTION);
    Store store = new InMemoryStore();
    data.executionIds()
        .forEach(
            id ->
                store
                    .table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION)
                    .put(MaintenanceWindowExecution.builder().windowExecutionId(id).build()));
    data.forEach(
        task ->
            store
                .table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION_TASK_IDENTITY)
                .put(IdentityModels.toModel(task)));
    handler = AmazonSsmService.dispatcher(store, NextTokenCodec.withRandomKey()).build();
    request =
        ("{\"WindowExecutionId\":\""
                + data.midTableExecutionId()
                + "\",\"MaxResults\":"
                + PAGE_SIZE
                + ",\"Filters\":[{\"Key\":\"STATUS\",\"Values\":[\"SUCCESS\",\"FAILED\"]}]}")
            .getBytes(StandardCharsets.UTF_8);
    ProtocolResponse response = handler.dispatch(TARGET, request);
    requireAFullPage(response);
    pageBody = response.body();
    page = codec.decode(pageBody, DescribeMaintenanceWindowExecutionTasksResult.class);
    if (!page.equals(databindDecodePage())) {
      throw new IllegalStateException(
          "the generated reader and databind read the page differently");
    }
    if (!(page instanceof JsonWritable)) {
      throw new IllegalStateException("the models were generated without their writers: rebuild");
    }
    requireSameBytes(
        "describePage", response.body(), handler.dispatch(TARGET, request, buffer).body());
    requireSameBytes("jacksonEncodePage", response.body(), jacksonEncodePage());
    requireSameBytes("generatedEncodePage", response.body(), generatedEncodePage());
  }

  /**
   * As the HTTP transport does it: the answer encoded into the serving thread's reused {@link
   * ResponseBuffer}, which the transport then writes with its length.
   */
  @Benchmark
  public int describePage() {
    return handler.dispatch(TARGET, request, buffer).bodyLength();
  }

  /** Jackson databind writing the page's result, as a user's own {@code ObjectMapper} would. */
  @Benchmark
  public byte[] jacksonEncodePage() throws JsonProcessingException {
    return jackson.writeValueAsBytes(page);
  }

  /** The generated streaming writer writing the same result, as the dispatcher does. */
  @Benchmark
  public byte[] generatedEncodePage() {
    return codec.encode(page);
  }

  /** The generated reader reading the 100-item result back. */
  @Benchmark
  public DescribeMaintenanceWindowExecutionTasksResult generatedDecodePage() {
    return codec.decode(pageBody, DescribeMaintenanceWindowExecutionTasksResult.class);
  }

  /** Jackson databind reading the same bytes into the same model, through the same checks. */
  @Benchmark
  public DescribeMaintenanceWindowExecutionTasksResult databindDecodePage() {
    return databind.decode(pageBody, DescribeMaintenanceWindowExecutionTasksResult.class);
  }

  private static void requireSameBytes(String benchmark, byte[] expected, byte[] actual) {
    if (!Arrays.equals(expected, actual)) {
      throw new IllegalStateException(
          benchmark
              + " does not write the page describePage answers:\n"
              + new String(expected, StandardCharsets.UTF_8)
              + "\n"
              + new String(actual, StandardCharsets.UTF_8));
    }
  }

  /** Refuses to measure anything but a successful page of 100 tasks. */
  private static void requireAFullPage(ProtocolResponse response) throws IOException {
    JsonNode body = new ObjectMapper().readTree(response.body());
    int items = body.path("WindowExecutionTaskIdentities").size();
    if (response.status() != 200 || items != PAGE_SIZE) {
      throw new IllegalStateException(
          "expected a page of " + PAGE_SIZE + ", got " + response.status() + ": " + body);
    }
  }
}
