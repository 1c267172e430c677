package io.shapeforge.samples.ssm.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.shapeforge.runtime.protocol.JsonCodec;
import io.shapeforge.runtime.protocol.JsonWritable;
import io.shapeforge.samples.ssm.imported.model.Alarm;
import io.shapeforge.samples.ssm.imported.model.AlarmConfiguration;
import io.shapeforge.samples.ssm.imported.model.AlarmStateInformation;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksResult;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionTaskIdentity;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The page the emulator answers most, written by the generated writer and by Jackson databind from
 * the model's annotations: the same bytes for random pages, including what a handler may put in a
 * model that no request would (instants before 1970 and with nanoseconds, any text, unknown enum
 * values, empty lists). {@code ShapeDecodeFuzzTest} holds every other SSM shape to the same.
 */
class GeneratedWriterAgreementTest {
  private static final JsonCodec GENERATED = JsonCodec.defaults();
  private static final JsonCodec DATABIND = JsonCodec.builder().generatedCodecs(false).build();

  @Property(tries = 200)
  void aPageIsWrittenAsDatabindWritesIt(
      @ForAll("pages") DescribeMaintenanceWindowExecutionTasksResult page) {
    // Not a model the processor wrote a writer for, and this would compare databind with itself.
    assertInstanceOf(JsonWritable.class, page);
    assertEquals(written(DATABIND, page), written(GENERATED, page));
  }

  /**
   * The text written, or how writing failed: a lone surrogate in a string is not UTF-8, and both
   * writers must refuse it alike.
   */
  private static String written(JsonCodec codec, Object page) {
    try {
      return new String(codec.encode(page), StandardCharsets.UTF_8);
    } catch (IllegalStateException e) {
      return "refused: " + e.getMessage() + ", " + e.getCause().getClass().getName();
    }
  }

  @Provide
  Arbitrary<DescribeMaintenanceWindowExecutionTasksResult> pages() {
    return Builders.withBuilder(DescribeMaintenanceWindowExecutionTasksResult::builder)
        .use(tasks().list().ofMaxSize(20).injectNull(0.1))
        .in((b, tasks) -> b.windowExecutionTaskIdentities(tasks))
        .use(text().injectNull(0.3))
        .in((b, token) -> b.nextToken(token))
        .build(DescribeMaintenanceWindowExecutionTasksResult.Builder::build);
  }

  private static Arbitrary<MaintenanceWindowExecutionTaskIdentity> tasks() {
    return Builders.withBuilder(MaintenanceWindowExecutionTaskIdentity::builder)
        .use(text().injectNull(0.2))
        .in((b, v) -> b.windowExecutionId(v))
        .use(text().injectNull(0.2))
        .in((b, v) -> b.taskExecutionId(v))
        .use(Arbitraries.of("SUCCESS", "FAILED", "TIMED_OUT", "not a status").injectNull(0.2))
        .in((b, v) -> b.status(v))
        .use(text().injectNull(0.5))
        .in((b, v) -> b.statusDetails(v))
        .use(instants().injectNull(0.2))
        .in((b, v) -> b.startTime(v))
        .use(instants().injectNull(0.2))
        .in((b, v) -> b.endTime(v))
        .use(text().injectNull(0.2))
        .in((b, v) -> b.taskArn(v))
        .use(Arbitraries.of("RUN_COMMAND", "LAMBDA", "other").injectNull(0.2))
        .in((b, v) -> b.taskType(v))
        .use(alarms().injectNull(0.5))
        .in((b, v) -> b.alarmConfiguration(v))
        .use(alarmStates().list().ofMaxSize(3).injectNull(0.5))
        .in((b, v) -> b.triggeredAlarms(v))
        .build(MaintenanceWindowExecutionTaskIdentity.Builder::build);
  }

  private static Arbitrary<AlarmConfiguration> alarms() {
    return Builders.withBuilder(AlarmConfiguration::builder)
        .use(Arbitraries.of(true, false).injectNull(0.3))
        .in((b, v) -> b.ignorePollAlarmFailure(v))
        .use(
            text()
                .map(name -> Alarm.builder().name(name).build())
                .list()
                .ofMaxSize(3)
                .injectNull(0.2))
        .in((b, v) -> b.alarms(v))
        .build(AlarmConfiguration.Builder::build);
  }

  private static Arbitrary<AlarmStateInformation> alarmStates() {
    return Builders.withBuilder(AlarmStateInformation::builder)
        .use(text().injectNull(0.2))
        .in((b, v) -> b.name(v))
        .use(Arbitraries.of("ALARM", "UNKNOWN", "elsewhere").injectNull(0.2))
        .in((b, v) -> b.state(v))
        .build(AlarmStateInformation.Builder::build);
  }

  /** Any instant a long of milliseconds reaches, with nanoseconds that are truncated. */
  private static Arbitrary<Instant> instants() {
    return Arbitraries.oneOf(
        Arbitraries.longs()
            .between(-100_000_000_000L, 100_000_000_000L)
            .flatMap(
                seconds ->
                    Arbitraries.integers()
                        .between(0, 999_999_999)
                        .map(nanos -> Instant.ofEpochSecond(seconds, nanos))),
        Arbitraries.longs().map(Instant::ofEpochMilli),
        Arbitraries.of(Instant.EPOCH, Instant.ofEpochMilli(-1), Instant.ofEpochMilli(1_500)));
  }

  private static Arbitrary<String> text() {
    return Arbitraries.strings().all().ofMaxLength(12);
  }
}
