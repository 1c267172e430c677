package io.shapeforge.samples.ssm.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SeedJsonPathTest {
  @Test
  void membersBecomeWireNamesAndElementsBecomeZeroBased() {
    assertEquals(
        "$.WindowExecutionTasks[3].AlarmConfiguration.Alarms[0].Name",
        SeedJsonPath.of("$.WindowExecutionTasks[3]", "alarmConfiguration.alarms.1.member.name"));
    assertEquals(
        "$.WindowExecutionTasks[3].TaskArn",
        SeedJsonPath.of("$.WindowExecutionTasks[3]", "taskArn"));
    assertEquals(
        "$.WindowExecutionTasks[0].TriggeredAlarms[11]",
        SeedJsonPath.of("$.WindowExecutionTasks[0]", "triggeredAlarms.12.member"));
  }
}
