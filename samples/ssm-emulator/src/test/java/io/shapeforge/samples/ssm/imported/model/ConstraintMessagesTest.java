package io.shapeforge.samples.ssm.imported.model;

import static io.shapeforge.samples.ssm.imported.model.Fixtures.ALARM_NAME_PATTERN;
import static io.shapeforge.samples.ssm.imported.model.Fixtures.ID_PATTERN;
import static io.shapeforge.samples.ssm.imported.model.Fixtures.alarm;
import static io.shapeforge.samples.ssm.imported.model.Fixtures.alarmConfiguration;
import static io.shapeforge.samples.ssm.imported.model.Fixtures.filter;
import static io.shapeforge.samples.ssm.imported.model.Fixtures.request;
import static io.shapeforge.samples.ssm.imported.model.Fixtures.task;
import static io.shapeforge.samples.ssm.imported.model.Fixtures.triggered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.shapeforge.runtime.validation.ValidationException;
import io.shapeforge.runtime.validation.Validator;
import io.shapeforge.runtime.validation.Violation;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every constraint of DescribeMaintenanceWindowExecutionTasks, at both bounds and for its pattern,
 * with the exact AWS message and member path.
 */
class ConstraintMessagesTest {
  private static final String ID_35 = "a06e9f91-3b9c-4c3e-8bd4-246cc000000";
  private static final String ID_37 = "a06e9f91-3b9c-4c3e-8bd4-246cc00000000";

  @Nested
  class Request {
    private final Validator<DescribeMaintenanceWindowExecutionTasksRequest> validator =
        DescribeMaintenanceWindowExecutionTasksRequestValidator.INSTANCE;

    @Test
    void validRequestHasNoViolations() {
      assertEquals(List.of(), validator.violationsOf(request()));
    }

    @Test
    void nullIsRefusedAsACallerBugNamingTheValidator() {
      NullPointerException refused =
          assertThrows(NullPointerException.class, () -> validator.check(null));
      assertEquals(
          "DescribeMaintenanceWindowExecutionTasksRequestValidator was given null to validate; an empty "
              + "request is an empty model (an empty JSON body decodes to one), not null",
          refused.getMessage());
    }

    @Test
    void windowExecutionIdIsRequired() {
      assertOnly(
          validator,
          request().toBuilder().windowExecutionId(null).build(),
          "Value null at 'windowExecutionId' failed to satisfy constraint: Member must not be null");
    }

    @Test
    void windowExecutionIdShorterThan36IsStillMatchedAndBothAreReported() {
      // As DynamoDB reports a too-short table name that breaks its pattern too: pattern, then
      // length.
      assertOnly(
          validator,
          request().toBuilder().windowExecutionId(ID_35).build(),
          "Value '"
              + ID_35
              + "' at 'windowExecutionId' failed to satisfy constraint: "
              + "Member must satisfy regular expression pattern: "
              + ID_PATTERN,
          "Value '"
              + ID_35
              + "' at 'windowExecutionId' failed to satisfy constraint: "
              + "Member must have length greater than or equal to 36");
      assertOnly(
          validator,
          request().toBuilder().windowExecutionId("abc").build(),
          "Value 'abc' at 'windowExecutionId' failed to satisfy constraint: "
              + "Member must satisfy regular expression pattern: "
              + ID_PATTERN,
          "Value 'abc' at 'windowExecutionId' failed to satisfy constraint: "
              + "Member must have length greater than or equal to 36");
    }

    @Test
    void windowExecutionIdLongerThan36() {
      assertOnly(
          validator,
          request().toBuilder().windowExecutionId(ID_37).build(),
          "Value '"
              + ID_37
              + "' at 'windowExecutionId' failed to satisfy constraint: "
              + "Member must have length less than or equal to 36");
    }

    @Test
    void windowExecutionIdOfRightLengthButNotHex() {
      String id = "g06e9f91-3b9c-4c3e-8bd4-246cc0000000";
      assertOnly(
          validator,
          request().toBuilder().windowExecutionId(id).build(),
          "Value '"
              + id
              + "' at 'windowExecutionId' failed to satisfy constraint: "
              + "Member must satisfy regular expression pattern: "
              + ID_PATTERN);
    }

    @Test
    void windowExecutionIdAcceptsUpperCaseHex() {
      assertEquals(
          List.of(),
          validator.violationsOf(
              request().toBuilder()
                  .windowExecutionId("A06E9F91-3B9C-4C3E-8BD4-246CC0000000")
                  .build()));
    }

    @Test
    void filtersAcceptZeroToFive() {
      assertEquals(
          List.of(), validator.violationsOf(request().toBuilder().filters(List.of()).build()));
      assertEquals(
          List.of(),
          validator.violationsOf(
              request().toBuilder()
                  .filters(Collections.nCopies(5, filter("STATUS", "SUCCESS")))
                  .build()));
    }

    @Test
    void sixFiltersAreTooMany() {
      List<MaintenanceWindowFilter> six = Collections.nCopies(6, filter("STATUS", "SUCCESS"));
      assertOnly(
          validator,
          request().toBuilder().filters(six).build(),
          "Value '"
              + six
              + "' at 'filters' failed to satisfy constraint: "
              + "Member must have length less than or equal to 5");
    }

    @Test
    void filterKeyBounds() {
      assertEquals(List.of(), validator.violationsOf(withFilter(filter("S", "SUCCESS"))));
      assertEquals(
          List.of(), validator.violationsOf(withFilter(filter("K".repeat(128), "SUCCESS"))));
      assertOnly(
          validator,
          withFilter(filter("", "SUCCESS")),
          "Value '' at 'filters.1.member.key' failed to satisfy constraint: "
              + "Member must have length greater than or equal to 1");
      assertOnly(
          validator,
          withFilter(filter("K".repeat(129), "SUCCESS")),
          "Value '"
              + "K".repeat(129)
              + "' at 'filters.1.member.key' failed to satisfy constraint: "
              + "Member must have length less than or equal to 128");
    }

    @Test
    void filterValuesAreReportedAtTheListWithEveryConstraintOfAValue() {
      assertEquals(
          List.of(), validator.violationsOf(withFilter(filter("STATUS", "S", "V".repeat(256)))));
      assertOnly(
          validator,
          withFilter(filter("STATUS", "SUCCESS", "")),
          "Value '[SUCCESS, ]' at 'filters.1.member.values' failed to satisfy constraint: "
              + "Member must satisfy constraint: [Member must have length less than or equal to 256, "
              + "Member must have length greater than or equal to 1]");
      assertOnly(
          validator,
          withFilter(filter("STATUS", "V".repeat(257))),
          "Value '["
              + "V".repeat(257)
              + "]' at 'filters.1.member.values' failed to satisfy constraint: "
              + "Member must satisfy constraint: [Member must have length less than or equal to 256, "
              + "Member must have length greater than or equal to 1]");
    }

    @Test
    void aNullFilterValueIsRefusedInTheListing() {
      MaintenanceWindowFilter withNull =
          MaintenanceWindowFilter.builder()
              .key("STATUS")
              .values(Arrays.asList("SUCCESS", null))
              .build();
      assertOnly(
          validator,
          withFilter(withNull),
          "Value '[SUCCESS, null]' at 'filters.1.member.values' failed to satisfy constraint: "
              + "Member must satisfy constraint: [Member must have length less than or equal to 256, "
              + "Member must have length greater than or equal to 1, Member must not be null]");
    }

    @Test
    void secondFilterIsReportedAtIndexTwo() {
      DescribeMaintenanceWindowExecutionTasksRequest request =
          request().toBuilder()
              .filters(filter("STATUS", "SUCCESS"), filter("STATUS", "FAILED", ""))
              .build();
      assertOnly(
          validator,
          request,
          "Value '[FAILED, ]' at 'filters.2.member.values' failed to satisfy constraint: "
              + "Member must satisfy constraint: [Member must have length less than or equal to 256, "
              + "Member must have length greater than or equal to 1]");
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 11, 99, 100})
    void maxResultsWithinRange(int maxResults) {
      assertEquals(
          List.of(), validator.violationsOf(request().toBuilder().maxResults(maxResults).build()));
    }

    @Test
    void maxResultsBelowTen() {
      assertOnly(
          validator,
          request().toBuilder().maxResults(9).build(),
          "Value '9' at 'maxResults' failed to satisfy constraint: "
              + "Member must have value greater than or equal to 10");
    }

    @Test
    void maxResultsAboveHundred() {
      assertOnly(
          validator,
          request().toBuilder().maxResults(101).build(),
          "Value '101' at 'maxResults' failed to satisfy constraint: "
              + "Member must have value less than or equal to 100");
    }

    private DescribeMaintenanceWindowExecutionTasksRequest withFilter(
        MaintenanceWindowFilter filter) {
      return request().toBuilder().filters(filter).build();
    }
  }

  @Nested
  class TaskIdentity {
    private final Validator<MaintenanceWindowExecutionTaskIdentity> validator =
        MaintenanceWindowExecutionTaskIdentityValidator.INSTANCE;

    @Test
    void validTaskHasNoViolations() {
      assertEquals(List.of(), validator.violationsOf(task()));
    }

    @Test
    void idsHaveLengthAndPattern() {
      assertOnly(
          validator,
          task().toBuilder().taskExecutionId(ID_37).build(),
          "Value '"
              + ID_37
              + "' at 'taskExecutionId' failed to satisfy constraint: "
              + "Member must have length less than or equal to 36");
      assertOnly(
          validator,
          task().toBuilder().windowExecutionId(ID_35).build(),
          "Value '"
              + ID_35
              + "' at 'windowExecutionId' failed to satisfy constraint: "
              + "Member must satisfy regular expression pattern: "
              + ID_PATTERN,
          "Value '"
              + ID_35
              + "' at 'windowExecutionId' failed to satisfy constraint: "
              + "Member must have length greater than or equal to 36");
      String notHex = "f407ba63-998f-4b89-8467-279fcZZZZZZZ";
      assertOnly(
          validator,
          task().toBuilder().taskExecutionId(notHex).build(),
          "Value '"
              + notHex
              + "' at 'taskExecutionId' failed to satisfy constraint: "
              + "Member must satisfy regular expression pattern: "
              + ID_PATTERN);
    }

    @Test
    void statusDetailsUpTo250() {
      assertEquals(List.of(), validator.violationsOf(task().toBuilder().statusDetails("").build()));
      assertEquals(
          List.of(),
          validator.violationsOf(task().toBuilder().statusDetails("d".repeat(250)).build()));
      assertOnly(
          validator,
          task().toBuilder().statusDetails("d".repeat(251)).build(),
          "Value '"
              + "d".repeat(251)
              + "' at 'statusDetails' failed to satisfy constraint: "
              + "Member must have length less than or equal to 250");
    }

    @Test
    void taskArnFrom1To1600() {
      assertEquals(List.of(), validator.violationsOf(task().toBuilder().taskArn("a").build()));
      assertEquals(
          List.of(), validator.violationsOf(task().toBuilder().taskArn("a".repeat(1600)).build()));
      assertOnly(
          validator,
          task().toBuilder().taskArn("").build(),
          "Value '' at 'taskArn' failed to satisfy constraint: Member must have length greater than or equal to 1");
      assertOnly(
          validator,
          task().toBuilder().taskArn("a".repeat(1601)).build(),
          "Value '"
              + "a".repeat(1601)
              + "' at 'taskArn' failed to satisfy constraint: "
              + "Member must have length less than or equal to 1600");
    }

    @Test
    void unknownStatusIsKeptAndReported() {
      MaintenanceWindowExecutionTaskIdentity task = task().toBuilder().status("RUNNING").build();
      assertEquals(MaintenanceWindowExecutionStatus.UNKNOWN_TO_SDK_VERSION, task.status());
      assertEquals("RUNNING", task.statusAsString());
      assertOnly(
          validator,
          task,
          "Value 'RUNNING' at 'status' failed to satisfy constraint: Member must satisfy enum value set: "
              + "[PENDING, IN_PROGRESS, SUCCESS, FAILED, TIMED_OUT, CANCELLING, CANCELLED, SKIPPED_OVERLAPPING]");
    }

    @Test
    void skippedOverlappingIsAKnownStatus() {
      assertEquals(
          List.of(),
          validator.violationsOf(
              task().toBuilder()
                  .status(MaintenanceWindowExecutionStatus.SKIPPED_OVERLAPPING)
                  .build()));
    }

    @Test
    void unknownTaskType() {
      assertOnly(
          validator,
          task().toBuilder().taskType("SCRIPT").build(),
          "Value 'SCRIPT' at 'taskType' failed to satisfy constraint: Member must satisfy enum value set: "
              + "[RUN_COMMAND, AUTOMATION, STEP_FUNCTIONS, LAMBDA]");
    }

    @Test
    void alarmsHoldExactlyOne() {
      assertOnly(
          validator,
          task().toBuilder().alarmConfiguration(alarmConfiguration()).build(),
          "Value '[]' at 'alarmConfiguration.alarms' failed to satisfy constraint: "
              + "Member must have length greater than or equal to 1");
      Alarm[] two = {alarm("a"), alarm("b")};
      assertOnly(
          validator,
          task().toBuilder().alarmConfiguration(alarmConfiguration(two)).build(),
          "Value '"
              + List.of(two)
              + "' at 'alarmConfiguration.alarms' failed to satisfy constraint: "
              + "Member must have length less than or equal to 1");
    }

    @Test
    void alarmsAreRequired() {
      AlarmConfiguration noAlarms =
          AlarmConfiguration.builder().ignorePollAlarmFailure(true).build();
      assertOnly(
          validator,
          task().toBuilder().alarmConfiguration(noAlarms).build(),
          "Value null at 'alarmConfiguration.alarms' failed to satisfy constraint: Member must not be null");
    }

    @Test
    void alarmNameLengthAndPattern() {
      assertEquals(List.of(), validator.violationsOf(withAlarm("x")));
      assertEquals(List.of(), validator.violationsOf(withAlarm("n".repeat(255))));
      assertOnly(
          validator,
          withAlarm(""),
          "Value '' at 'alarmConfiguration.alarms.1.member.name' failed to satisfy constraint: "
              + "Member must satisfy regular expression pattern: "
              + ALARM_NAME_PATTERN,
          "Value '' at 'alarmConfiguration.alarms.1.member.name' failed to satisfy constraint: "
              + "Member must have length greater than or equal to 1");
      assertOnly(
          validator,
          withAlarm("n".repeat(256)),
          "Value '"
              + "n".repeat(256)
              + "' at 'alarmConfiguration.alarms.1.member.name' failed to satisfy "
              + "constraint: Member must have length less than or equal to 255");
      assertOnly(
          validator,
          withAlarm("   "),
          "Value '   ' at 'alarmConfiguration.alarms.1.member.name' failed to satisfy constraint: "
              + "Member must satisfy regular expression pattern: "
              + ALARM_NAME_PATTERN);
      assertOnly(
          validator,
          withAlarm(null),
          "Value null at 'alarmConfiguration.alarms.1.member.name' failed to satisfy constraint: "
              + "Member must not be null");
    }

    @Test
    void triggeredAlarmsHoldExactlyOne() {
      assertOnly(
          validator,
          task().toBuilder().triggeredAlarms(List.of()).build(),
          "Value '[]' at 'triggeredAlarms' failed to satisfy constraint: "
              + "Member must have length greater than or equal to 1");
      List<AlarmStateInformation> two = List.of(triggered("a", "ALARM"), triggered("b", "UNKNOWN"));
      assertOnly(
          validator,
          task().toBuilder().triggeredAlarms(two).build(),
          "Value '"
              + two
              + "' at 'triggeredAlarms' failed to satisfy constraint: "
              + "Member must have length less than or equal to 1");
    }

    @Test
    void triggeredAlarmMembers() {
      assertOnly(
          validator,
          task().toBuilder().triggeredAlarms(triggered(null, "ALARM")).build(),
          "Value null at 'triggeredAlarms.1.member.name' failed to satisfy constraint: Member must not be null");
      assertOnly(
          validator,
          task().toBuilder().triggeredAlarms(triggered("a", null)).build(),
          "Value null at 'triggeredAlarms.1.member.state' failed to satisfy constraint: Member must not be null");
      assertOnly(
          validator,
          task().toBuilder().triggeredAlarms(triggered("\t", "OK")).build(),
          "Value '\t' at 'triggeredAlarms.1.member.name' failed to satisfy constraint: "
              + "Member must satisfy regular expression pattern: "
              + ALARM_NAME_PATTERN,
          "Value 'OK' at 'triggeredAlarms.1.member.state' failed to satisfy constraint: "
              + "Member must satisfy enum value set: [UNKNOWN, ALARM]");
    }

    private MaintenanceWindowExecutionTaskIdentity withAlarm(String name) {
      return task().toBuilder().alarmConfiguration(alarmConfiguration(alarm(name))).build();
    }
  }

  @Test
  void severalViolationsAreCountedOrderedAndJoined() {
    DescribeMaintenanceWindowExecutionTasksRequest request =
        DescribeMaintenanceWindowExecutionTasksRequest.builder()
            .windowExecutionId(ID_35)
            .filters(filter("", "SUCCESS"))
            .maxResults(5)
            .build();

    ValidationException failure =
        assertThrowsValidation(
            DescribeMaintenanceWindowExecutionTasksRequestValidator.INSTANCE, request);

    assertEquals(4, failure.violations().size());
    assertEquals(
        "4 validation errors detected: "
            + "Value '"
            + ID_35
            + "' at 'windowExecutionId' failed to satisfy constraint: "
            + "Member must satisfy regular expression pattern: "
            + ID_PATTERN
            + "; "
            + "Value '"
            + ID_35
            + "' at 'windowExecutionId' failed to satisfy constraint: "
            + "Member must have length greater than or equal to 36; "
            + "Value '' at 'filters.1.member.key' failed to satisfy constraint: "
            + "Member must have length greater than or equal to 1; "
            + "Value '5' at 'maxResults' failed to satisfy constraint: "
            + "Member must have value greater than or equal to 10",
        failure.getMessage());
  }

  private static <T> void assertOnly(Validator<T> validator, T value, String... expected) {
    List<String> messages = validator.violationsOf(value).stream().map(Violation::message).toList();
    assertEquals(List.of(expected), messages);
    String prefix =
        expected.length == 1
            ? "1 validation error detected: "
            : expected.length + " validation errors detected: ";
    assertEquals(
        prefix + String.join("; ", expected),
        assertThrowsValidation(validator, value).getMessage());
  }

  private static <T> ValidationException assertThrowsValidation(Validator<T> validator, T value) {
    return org.junit.jupiter.api.Assertions.assertThrows(
        ValidationException.class, () -> validator.check(value));
  }
}
