package io.shapeforge.samples.ssm.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shapeforge.runtime.server.AwsJsonHttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.DescribeMaintenanceWindowExecutionTasksResponse;

/**
 * A request the server refuses for overload is retried by the real clients, which then succeed once
 * a thread is free: the AWS SDK for Java v2's {@code SsmClient} in each of its retry modes, and the
 * AWS CLI (botocore) in both of its own.
 *
 * <p>The server has one thread and no wait queue, and that thread is held by a raw client that has
 * sent only part of its body: a stalled client, as the read timeout exists for, but set long here
 * so that the test decides when the thread is free again, by sending the rest of the body.
 */
class OverloadRetryTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration BOUND = Duration.ofSeconds(60);
  private static final String EXECUTION = TestRecords.id(3, 0);
  private static final int TASKS = 3;
  private static final String OCCUPIER_BODY = "{\"WindowExecutionId\":\"" + EXECUTION + "\"}";

  /** Sent first; the rest of {@link #OCCUPIER_BODY} frees the thread. */
  private static final int OCCUPIER_SENT = 10;

  private SsmEmulator emulator;
  private AwsJsonHttpServer server;
  private Socket occupier;

  @TempDir Path home;

  @BeforeEach
  void startAServerWithOneThreadAndNoQueue() {
    emulator = SsmEmulator.builder().build();
    emulator.putExecution(TestRecords.execution(EXECUTION));
    TestRecords.tasks(EXECUTION, 3, TASKS).forEach(emulator::putTask);
    server =
        AwsJsonHttpServer.builder(emulator.handler())
            .threads(1)
            .maxQueuedRequests(0)
            .readTimeout(BOUND.toSeconds(), TimeUnit.SECONDS)
            .build()
            .start();
  }

  @AfterEach
  void stop() throws IOException {
    if (occupier != null) {
      occupier.close();
    }
    server.close();
    emulator.close();
  }

  /** Holds the server's only thread with a request whose body stops part way. */
  private void occupyTheOnlyThread() throws Exception {
    occupier = new Socket(InetAddress.getLoopbackAddress(), server.port());
    occupier.setSoTimeout((int) BOUND.toMillis());
    send(occupier, head(OCCUPIER_BODY.length()) + OCCUPIER_BODY.substring(0, OCCUPIER_SENT));
    // Proven held once another request is refused (bounded: the thread is taken within moments).
    for (int attempt = 0; attempt < 500; attempt++) {
      try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
        probe.setSoTimeout((int) BOUND.toMillis());
        send(probe, head(OCCUPIER_BODY.length()) + OCCUPIER_BODY);
        RawResponse response = RawResponse.read(probe.getInputStream());
        if (response.status() == 400
            && "ThrottlingException".equals(response.header("x-amzn-ErrorType"))) {
          return;
        }
      }
      Thread.sleep(10);
    }
    throw new AssertionError("the occupier never held the server's thread");
  }

  /** Sends the rest of the occupier's body and reads its answer: the thread is then free again. */
  private void freeTheThread() {
    try {
      send(occupier, OCCUPIER_BODY.substring(OCCUPIER_SENT));
      RawResponse response = RawResponse.read(occupier.getInputStream());
      assertEquals(200, response.status(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String head(int contentLength) {
    return "POST / HTTP/1.1\r\nHost: localhost\r\n"
        + "X-Amz-Target: AmazonSSM.DescribeMaintenanceWindowExecutionTasks\r\n"
        + "Content-Type: application/x-amz-json-1.1\r\nContent-Length: "
        + contentLength
        + "\r\n\r\n";
  }

  private static void send(Socket socket, String text) throws IOException {
    socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    socket.getOutputStream().flush();
  }

  /**
   * The SDK retries a {@code ThrottlingException} in each of its retry modes ({@code AwsErrorCode.
   * THROTTLING_ERROR_CODES} through {@code SdkDefaultRetryStrategy.retryOnThrottlingCondition}), so
   * the call made while the thread is held succeeds on a later attempt.
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(RetryMode.class)
  void theSdkRetriesARefusedCallAndSucceedsOnceTheThreadIsFree(RetryMode retryMode)
      throws Exception {
    occupyTheOnlyThread();
    List<String> attempts = Collections.synchronizedList(new ArrayList<>());
    ExecutionInterceptor freeAfterTheFirstRefusal =
        new ExecutionInterceptor() {
          @Override
          public void afterTransmission(
              Context.AfterTransmission context, ExecutionAttributes attributes) {
            int status = context.httpResponse().statusCode();
            attempts.add(
                status
                    + " "
                    + context.httpResponse().firstMatchingHeader("x-amzn-ErrorType").orElse(""));
            if (status == 400 && attempts.size() == 1) {
              freeTheThread();
            }
          }
        };
    try (SsmClient ssm =
        SsmClient.builder()
            .endpointOverride(server.endpoint())
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
            .overrideConfiguration(
                o -> o.retryStrategy(retryMode).addExecutionInterceptor(freeAfterTheFirstRefusal))
            .build()) {
      DescribeMaintenanceWindowExecutionTasksResponse response =
          ssm.describeMaintenanceWindowExecutionTasks(r -> r.windowExecutionId(EXECUTION));

      assertEquals(TASKS, response.windowExecutionTaskIdentities().size());
    }
    assertEquals("400 ThrottlingException", attempts.get(0), attempts.toString());
    assertEquals("200 ", attempts.get(attempts.size() - 1), attempts.toString());
  }

  /**
   * botocore retries {@code ThrottlingException} in its legacy mode (the AWS CLI v1 default; {@code
   * _retry.json}, policy {@code throttling_exception}: that code with status 400) and in standard
   * mode ({@code retries/standard.py}, {@code _THROTTLED_ERROR_CODES}). The CLI's debug log shows
   * the refusal; only then is the thread freed, and the same command succeeds.
   */
  @ParameterizedTest(name = "retry_mode = {0}")
  @ValueSource(strings = {"legacy", "standard"})
  void theCliRetriesARefusedCallAndSucceedsOnceTheThreadIsFree(String retryMode) throws Exception {
    AwsCli cli = cli(retryMode, 10);
    occupyTheOnlyThread();
    CompletableFuture<AwsCli.Result> run =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return cli.run(
                    List.of(
                        "ssm",
                        "describe-maintenance-window-execution-tasks",
                        "--debug",
                        "--endpoint-url",
                        server.endpoint().toString(),
                        "--window-execution-id",
                        EXECUTION,
                        "--output",
                        "json"));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
              }
            });
    awaitRefusalInTheCliLog(run);
    freeTheThread();

    AwsCli.Result result = run.get(BOUND.toSeconds() * 2, TimeUnit.SECONDS);
    assertEquals(0, result.exitCode(), tail(result.stderr()));
    JsonNode output = JSON.readTree(result.stdout());
    assertEquals(TASKS, output.get("WindowExecutionTaskIdentities").size());
  }

  /** When the thread never frees, the CLI gives up with SSM's own words, after its retries. */
  @Test
  void theCliReportsThrottlingAfterItsLastRetry() throws Exception {
    AwsCli cli = cli("legacy", 3);
    occupyTheOnlyThread();
    AwsCli.Result result =
        cli.run(
            List.of(
                "ssm",
                "describe-maintenance-window-execution-tasks",
                "--endpoint-url",
                server.endpoint().toString(),
                "--window-execution-id",
                EXECUTION));

    assertNotEquals(0, result.exitCode());
    assertTrue(
        result
            .stderr()
            .contains(
                "An error occurred (ThrottlingException) when calling the "
                    + "DescribeMaintenanceWindowExecutionTasks operation (reached max retries: 2): Rate exceeded"),
        result.stderr());
  }

  /** The CLI with this retry mode and number of attempts in its config file. */
  private AwsCli cli(String retryMode, int maxAttempts) throws IOException {
    assumeTrue(AwsCli.find().isPresent(), "the AWS CLI is not on the PATH");
    Files.writeString(
        home.resolve("config"),
        "[default]\nretry_mode = " + retryMode + "\nmax_attempts = " + maxAttempts + "\n");
    Files.writeString(home.resolve("credentials"), "");
    return new AwsCli(home);
  }

  /**
   * Waits until the running CLI's debug log (its stderr file in {@link #home}) shows a refused
   * attempt. Bounded, and fails early if the CLI has already ended.
   */
  private void awaitRefusalInTheCliLog(CompletableFuture<AwsCli.Result> run) throws Exception {
    long deadline = System.nanoTime() + BOUND.toNanos();
    while (System.nanoTime() < deadline) {
      if (run.isDone()) {
        throw new AssertionError(
            "the CLI ended before it was refused: " + tail(run.get().stderr()));
      }
      try (Stream<Path> files = Files.list(home)) {
        for (Path file : files.filter(f -> f.getFileName().toString().startsWith("err")).toList()) {
          if (new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
              .contains("Rate exceeded")) {
            return;
          }
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the CLI was never refused");
  }

  private static String tail(String log) {
    return log.length() <= 4000 ? log : log.substring(log.length() - 4000);
  }
}
