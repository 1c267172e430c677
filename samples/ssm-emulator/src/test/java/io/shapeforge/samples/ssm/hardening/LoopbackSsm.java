package io.shapeforge.samples.ssm.hardening;

import io.shapeforge.runtime.server.AwsJsonHttpServer;
import io.shapeforge.runtime.store.Store;
import io.shapeforge.samples.ssm.model.AmazonSsmTables;
import io.shapeforge.samples.ssm.model.MaintenanceWindowExecution;
import io.shapeforge.samples.ssm.model.MaintenanceWindowExecutionTaskIdentity;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The SSM emulator over {@link SsmTestData}, serving HTTP on a free loopback port, and a client
 * for it that can send any method, path, target header and body bytes.
 */
final class LoopbackSsm implements AutoCloseable {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final Store store;
  private final AwsJsonHttpServer server;
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();

  private LoopbackSsm(Store store, AwsJsonHttpServer server) {
    this.store = store;
    this.server = server;
  }

  static LoopbackSsm start() {
    Store store = SsmTestData.store();
    return new LoopbackSsm(store, AwsJsonHttpServer.builder(SsmTestData.dispatcher(store)).port(0).build().start());
  }

  /** Stores an execution through the embedding API. */
  void putExecution(MaintenanceWindowExecution execution) {
    store.table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION).put(execution);
  }

  /** Stores a task execution through the embedding API; returns once it is stored. */
  void putTask(MaintenanceWindowExecutionTaskIdentity task) {
    store.table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION_TASK_IDENTITY).put(task);
  }

  URI endpoint() {
    return server.endpoint();
  }

  /**
   * Sends one request and waits for the whole answer.
   *
   * @param target the {@code X-Amz-Target} value, or null to send none
   */
  HttpResponse<byte[]> send(String method, String path, String target, byte[] body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint().resolve(path))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-amz-json-1.1")
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    if (target != null) {
      request.header("X-Amz-Target", target);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Override
  public void close() {
    server.close();
  }
}
