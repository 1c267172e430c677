package io.shapeforge.samples.ssm.hardening;

import io.shapeforge.samples.ssm.emulator.SsmEmulator;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecution;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionTaskIdentity;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * An SSM endpoint on a free loopback port, and a client for it that can send any method, path,
 * target header and body bytes. Usually the {@link SsmEmulator} over {@link SsmTestData}; a test of
 * other settings starts it from its own builder.
 */
final class LoopbackSsm implements AutoCloseable {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final SsmEmulator emulator;
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();

  private LoopbackSsm(SsmEmulator emulator) {
    this.emulator = emulator;
  }

  /** The emulator over {@link SsmTestData#store()} and its token secret. */
  static LoopbackSsm start() {
    return start(SsmEmulator.builder());
  }

  /** The emulator from {@code builder}, over {@link SsmTestData#store()} and its token secret. */
  static LoopbackSsm start(SsmEmulator.Builder builder) {
    SsmEmulator emulator =
        builder
            .port(0)
            .store(SsmTestData.store())
            .tokenKey(SsmTestData.TOKEN_SECRET)
            .build()
            .start();
    return new LoopbackSsm(emulator);
  }

  /** Stores an execution through the emulator's embedding API. */
  void putExecution(MaintenanceWindowExecution execution) {
    emulator.putExecution(execution);
  }

  /** Stores a task execution through the emulator's embedding API; returns once it is stored. */
  void putTask(MaintenanceWindowExecutionTaskIdentity task) {
    emulator.putTask(task);
  }

  URI endpoint() {
    return emulator.endpoint();
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
    emulator.close();
  }
}
