package io.shapeforge.samples.ssm.imported.model;

import java.time.Instant;

/** Valid objects of the seed operation that tests break one member at a time. */
final class Fixtures {
  static final String EXECUTION_ID = "a06e9f91-3b9c-4c3e-8bd4-246cc0000000";
  static final String TASK_EXECUTION_ID = "f407ba63-998f-4b89-8467-279fc0000000";
  static final String ID_PATTERN =
      "^[0-9a-fA-F]{8}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{12}$";
  static final String ALARM_NAME_PATTERN = "^(?!\\s*$).+";

  static DescribeMaintenanceWindowExecutionTasksRequest request() {
    return DescribeMaintenanceWindowExecutionTasksRequest.builder()
        .windowExecutionId(EXECUTION_ID)
        .filters(filter("STATUS", "SUCCESS", "FAILED"))
        .maxResults(50)
        .build();
  }

  static MaintenanceWindowFilter filter(String key, String... values) {
    return MaintenanceWindowFilter.builder().key(key).values(values).build();
  }

  static MaintenanceWindowExecutionTaskIdentity task() {
    return MaintenanceWindowExecutionTaskIdentity.builder()
        .windowExecutionId(EXECUTION_ID)
        .taskExecutionId(TASK_EXECUTION_ID)
        .status(MaintenanceWindowExecutionStatus.SUCCESS)
        .statusDetails("Success")
        .startTime(Instant.parse("2021-08-04T18:35:35.145Z"))
        .endTime(Instant.parse("2021-08-04T18:38:09.062Z"))
        .taskArn("AWS-RunPatchBaseline")
        .taskType(MaintenanceWindowTaskType.RUN_COMMAND)
        .alarmConfiguration(alarmConfiguration(alarm("cpu-high")))
        .triggeredAlarms(triggered("cpu-high", "ALARM"))
        .build();
  }

  static AlarmConfiguration alarmConfiguration(Alarm... alarms) {
    return AlarmConfiguration.builder().ignorePollAlarmFailure(false).alarms(alarms).build();
  }

  static Alarm alarm(String name) {
    return Alarm.builder().name(name).build();
  }

  static AlarmStateInformation triggered(String name, String state) {
    return AlarmStateInformation.builder().name(name).state(state).build();
  }

  private Fixtures() {}
}
