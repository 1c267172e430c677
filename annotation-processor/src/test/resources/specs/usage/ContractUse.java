package fixture.ssm.usage;

import fixture.ssm.model.DoesNotExistException;
import fixture.ssm.model.MaintenanceWindowExecutionStatus;
import fixture.ssm.model.MaintenanceWindowFilter;
import fixture.ssm.model.WindowExecutionTask;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** Uses the generated API as the contract spells it; compiling this proves the signatures. */
public final class ContractUse implements Supplier<Map<String, Object>> {
  @Override
  public Map<String, Object> get() {
    Map<String, Object> seen = new LinkedHashMap<>();
    MaintenanceWindowFilter filter = MaintenanceWindowFilter.builder().key("STATUS").values("SUCCESS").build();
    seen.put("filter.toString", filter.toString());
    seen.put("filter.key", filter.key());
    List<String> values = filter.values();
    seen.put("filter.values", values);
    try {
      values.add("MORE");
      seen.put("filter.values.modifiable", true);
    } catch (UnsupportedOperationException expected) {
      seen.put("filter.values.modifiable", false);
    }
    seen.put("filter.equalsCopy", filter.equals(filter.toBuilder().build()));
    seen.put("filter.hashCopy", filter.hashCode() == filter.toBuilder().build().hashCode());
    seen.put("filter.equalsOther", filter.equals(filter.toBuilder().key("OTHER").build()));
    seen.put("empty.toString", MaintenanceWindowFilter.builder().build().toString());
    seen.put("empty.values", MaintenanceWindowFilter.builder().build().values());

    WindowExecutionTask task =
        WindowExecutionTask.builder()
            .status(MaintenanceWindowExecutionStatus.SKIPPED)
            .history(MaintenanceWindowExecutionStatus.PENDING, MaintenanceWindowExecutionStatus.SUCCESS)
            .startTime(Instant.ofEpochMilli(1628102135145L))
            .enabled(true)
            .build();
    seen.put("task.status", task.status());
    seen.put("task.statusAsString", task.statusAsString());
    seen.put("task.history", task.history());
    seen.put("task.historyAsStrings", task.historyAsStrings());
    seen.put("task.toString", task.toString());
    WindowExecutionTask unknown = task.toBuilder().status("NEW_VALUE").historyWithStrings(List.of("LATER")).build();
    seen.put("unknown.status", unknown.status());
    seen.put("unknown.statusAsString", unknown.statusAsString());
    seen.put("unknown.history", unknown.history());
    seen.put("absent.status", WindowExecutionTask.builder().build().status());

    seen.put("enum.fromValue", MaintenanceWindowExecutionStatus.fromValue("SKIPPED_OVERLAPPING"));
    seen.put("enum.fromUnknown", MaintenanceWindowExecutionStatus.fromValue("nope"));
    seen.put("enum.fromNull", MaintenanceWindowExecutionStatus.fromValue(null));
    seen.put("enum.unknownToString", MaintenanceWindowExecutionStatus.UNKNOWN_TO_SDK_VERSION.toString());
    Set<MaintenanceWindowExecutionStatus> known = MaintenanceWindowExecutionStatus.knownValues();
    seen.put("enum.knownValues", known);
    Set<String> wire = MaintenanceWindowExecutionStatus.WIRE_VALUES;
    seen.put("enum.wireValues", List.copyOf(wire));

    DoesNotExistException error = new DoesNotExistException("Maintenance window execution x does not exist");
    seen.put("error.code", error.errorCode());
    seen.put("error.constant", DoesNotExistException.ERROR_CODE);
    seen.put("error.status", error.httpStatus());
    seen.put("error.message", error.getMessage());
    return seen;
  }
}
