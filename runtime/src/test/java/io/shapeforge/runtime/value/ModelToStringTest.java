package io.shapeforge.runtime.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelToStringTest {

  @Test
  void showsPresentMembersByWireNameInOrder() {
    assertEquals(
        "MaintenanceWindowFilter(Key=STATUS, Values=[SUCCESS, FAILED])",
        ModelToString.of(
            "MaintenanceWindowFilter", "Key", "STATUS", "Values", List.of("SUCCESS", "FAILED")));
  }

  @Test
  void leavesAbsentMembersOut() {
    assertEquals(
        "Task(Status=FAILED, Count=3)",
        ModelToString.of("Task", "Id", null, "Status", "FAILED", "Note", null, "Count", 3));
    assertEquals("Empty()", ModelToString.of("Empty"));
    assertEquals("Task()", ModelToString.of("Task", "Id", null));
  }

  @Test
  void redactsSensitiveValuesButStillLeavesAbsentOnesOut() {
    assertEquals(
        "Parameter(Name=db, Value=*** Sensitive Data Redacted ***)",
        ModelToString.of(
            "Parameter",
            "Name",
            "db",
            "Value",
            ModelToString.redacted("hunter2"),
            "Secret",
            ModelToString.redacted(null)));
    assertNull(ModelToString.redacted(null));
  }

  @Test
  void rejectsAWireNameWithoutItsValue() {
    assertThrows(IllegalArgumentException.class, () -> ModelToString.of("Task", "Id"));
  }
}
