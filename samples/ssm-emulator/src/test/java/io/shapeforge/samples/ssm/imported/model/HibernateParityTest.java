package io.shapeforge.samples.ssm.imported.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapeforge.runtime.validation.ConstraintKind;
import io.shapeforge.runtime.validation.Validator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Jakarta Validation annotations on the generated classes mirror the spec: over a corpus of
 * random valid and invalid objects, Hibernate Validator finds the same (path, constraint kind)
 * pairs as the generated validators.
 *
 * <p>The generated models' Jakarta annotations bridge the two differences in reporting: a too-long
 * value skips its pattern in both (the regexp excuses it), and a list of strings is reported at the
 * list by the generated validator ({@code filters.1.member.values ELEMENT}) where Hibernate reports
 * each element ({@code filters[0].values[1].<list element>}); the latter is translated here, since
 * it is a difference in where, not in what.
 */
class HibernateParityTest {
  private static final int CORPUS_SIZE = 300;

  /** Members whose raw string mirrors an enum shape; Hibernate sees them as a @Pattern. */
  private static final Set<String> ENUM_MEMBERS = Set.of("status", "taskType", "state");

  private static ValidatorFactory factory;
  private static jakarta.validation.Validator hibernate;

  private final Random random = new Random(20261128L);

  @BeforeAll
  static void startHibernate() {
    factory = Validation.buildDefaultValidatorFactory();
    hibernate = factory.getValidator();
  }

  @AfterAll
  static void stopHibernate() {
    factory.close();
  }

  @Test
  void requestsAgree() {
    int invalid =
        compareOver(
            this::randomRequest, DescribeMaintenanceWindowExecutionTasksRequestValidator.INSTANCE);
    assertTrue(
        invalid > CORPUS_SIZE / 4 && invalid < CORPUS_SIZE,
        "corpus mixes valid and invalid: " + invalid);
  }

  @Test
  void taskIdentitiesAgree() {
    int invalid =
        compareOver(this::randomTask, MaintenanceWindowExecutionTaskIdentityValidator.INSTANCE);
    assertTrue(
        invalid > CORPUS_SIZE / 4 && invalid < CORPUS_SIZE,
        "corpus mixes valid and invalid: " + invalid);
  }

  /** Compares both validators over the corpus; returns how many objects were invalid. */
  private <T> int compareOver(Supplier<T> corpus, Validator<T> generated) {
    int invalid = 0;
    for (int i = 0; i < CORPUS_SIZE; i++) {
      T value = corpus.get();
      Set<String> ours =
          generated.violationsOf(value).stream()
              .map(v -> v.path() + " " + v.kind())
              .collect(Collectors.toSet());
      assertEquals(ours, hibernateFindings(value), () -> "disagreement on " + value);
      invalid += ours.isEmpty() ? 0 : 1;
    }
    return invalid;
  }

  private Set<String> hibernateFindings(Object value) {
    Set<String> findings = new HashSet<>();
    for (ConstraintViolation<Object> violation : hibernate.validate(value)) {
      boolean stringElement = isStringListElement(violation);
      String path = awsPath(violation.getPropertyPath(), stringElement);
      findings.add(path + " " + (stringElement ? ConstraintKind.ELEMENT : kindOf(violation, path)));
    }
    return findings;
  }

  /** {@code values[1].<list element>} of a {@code List<String>} field. */
  private static boolean isStringListElement(ConstraintViolation<Object> violation) {
    Path.Node last = null;
    String property = null;
    for (Path.Node node : violation.getPropertyPath()) {
      last = node;
      if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
        property = node.getName();
      }
    }
    if (last.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
      return false;
    }
    try {
      Field field = violation.getLeafBean().getClass().getDeclaredField(property);
      return ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0]
          == String.class;
    } catch (NoSuchFieldException e) {
      throw new AssertionError(e);
    }
  }

  private static ConstraintKind kindOf(ConstraintViolation<Object> violation, String path) {
    Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
    Object invalid = violation.getInvalidValue();
    if (constraint instanceof NotNull) {
      return ConstraintKind.REQUIRED;
    }
    if (constraint instanceof Size size) {
      int length =
          invalid instanceof Collection<?> c ? c.size() : ((CharSequence) invalid).length();
      return length < size.min() ? ConstraintKind.MIN_LENGTH : ConstraintKind.MAX_LENGTH;
    }
    if (constraint instanceof Min) {
      return ConstraintKind.MIN_VALUE;
    }
    if (constraint instanceof Max) {
      return ConstraintKind.MAX_VALUE;
    }
    if (constraint instanceof Pattern) {
      String member = path.substring(path.lastIndexOf('.') + 1);
      return ENUM_MEMBERS.contains(member) ? ConstraintKind.ENUM : ConstraintKind.PATTERN;
    }
    throw new AssertionError("unexpected constraint " + constraint);
  }

  /**
   * {@code filters[0].key} becomes {@code filters.1.member.key}; an element of a list of strings,
   * {@code filters[0].values[1].<list element>}, becomes the list, {@code filters.1.member.values}.
   */
  private static String awsPath(Path path, boolean stringElement) {
    List<String> segments = new ArrayList<>();
    for (Path.Node node : path) {
      boolean listOfStringsElement =
          stringElement && node.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT;
      if (node.isInIterable() && !listOfStringsElement) {
        segments.add(String.valueOf(node.getIndex() + 1));
        segments.add("member");
      }
      if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
        segments.add(node.getName());
      }
    }
    return String.join(".", segments);
  }

  // ---- a corpus where each member is valid, absent or broken in one of its ways ----

  private DescribeMaintenanceWindowExecutionTasksRequest randomRequest() {
    return DescribeMaintenanceWindowExecutionTasksRequest.builder()
        .windowExecutionId(maybe(0.9, this::executionId))
        .filters(
            maybe(
                0.7,
                () ->
                    list(random.nextInt(7), () -> random.nextInt(12) == 0 ? null : randomFilter())))
        .maxResults(maybe(0.7, () -> pick(5, 9, 10, 42, 100, 101, 1_000)))
        .nextToken(maybe(0.2, () -> "token"))
        .build();
  }

  private MaintenanceWindowFilter randomFilter() {
    return MaintenanceWindowFilter.builder()
        .key(maybe(0.9, () -> pick("STATUS", "", "K".repeat(128), "K".repeat(129))))
        .values(
            maybe(
                0.8,
                () -> list(random.nextInt(4), () -> pick("SUCCESS", "", "V".repeat(257), null))))
        .build();
  }

  private MaintenanceWindowExecutionTaskIdentity randomTask() {
    return MaintenanceWindowExecutionTaskIdentity.builder()
        .windowExecutionId(maybe(0.9, this::executionId))
        .taskExecutionId(maybe(0.9, this::executionId))
        .status(maybe(0.9, () -> pick("SUCCESS", "SKIPPED_OVERLAPPING", "RUNNING", "success")))
        .statusDetails(maybe(0.5, () -> pick("", "Done", "d".repeat(250), "d".repeat(251))))
        .startTime(
            maybe(0.8, () -> Instant.ofEpochMilli(random.nextInt(Integer.MAX_VALUE) * 1000L)))
        .endTime(maybe(0.5, Instant::now))
        .taskArn(
            maybe(0.8, () -> pick("AWS-RunPatchBaseline", "", "a".repeat(1600), "a".repeat(1601))))
        .taskType(maybe(0.8, () -> pick("RUN_COMMAND", "LAMBDA", "SCRIPT")))
        .alarmConfiguration(maybe(0.5, this::randomAlarmConfiguration))
        .triggeredAlarms(maybe(0.5, () -> list(random.nextInt(3), this::randomTriggeredAlarm)))
        .build();
  }

  private AlarmConfiguration randomAlarmConfiguration() {
    return AlarmConfiguration.builder()
        .ignorePollAlarmFailure(maybe(0.5, random::nextBoolean))
        .alarms(
            maybe(
                0.9,
                () ->
                    list(
                        random.nextInt(3),
                        () -> Alarm.builder().name(maybe(0.9, this::alarmName)).build())))
        .build();
  }

  private AlarmStateInformation randomTriggeredAlarm() {
    return AlarmStateInformation.builder()
        .name(maybe(0.9, this::alarmName))
        .state(maybe(0.9, () -> pick("ALARM", "UNKNOWN", "OK")))
        .build();
  }

  private String executionId() {
    return pick(
        Fixtures.EXECUTION_ID,
        Fixtures.EXECUTION_ID.toUpperCase(),
        Fixtures.EXECUTION_ID.substring(1),
        Fixtures.EXECUTION_ID + "0",
        "zzzzzzzz-3b9c-4c3e-8bd4-246cc0000000",
        "a06e9f91+3b9c+4c3e+8bd4+246cc0000000");
  }

  private String alarmName() {
    return pick("cpu-high", "", "  ", "n".repeat(255), "n".repeat(256));
  }

  @SafeVarargs
  private <T> T pick(T... choices) {
    return choices[random.nextInt(choices.length)];
  }

  private <T> T maybe(double presence, Supplier<T> value) {
    return random.nextDouble() < presence ? value.get() : null;
  }

  private <T> List<T> list(int size, Supplier<T> element) {
    List<T> list = new ArrayList<>(size); // nulls included: a dense list refuses them
    IntStream.range(0, size).forEach(i -> list.add(element.get()));
    return list;
  }
}
