package fixture.ssm.usage;

import fixture.ssm.model.MaintenanceWindowFilter;
import fixture.ssm.model.WindowExecutionTask;
import fixture.ssm.model.WindowExecutionTaskValidator;
import io.shapeforge.runtime.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Builds a task that breaks many constraints at once and returns the validator's messages. */
public final class InvalidTask implements Supplier<List<String>> {
  @Override
  public List<String> get() {
    WindowExecutionTask task =
        WindowExecutionTask.builder()
            .status("NOPE")
            .historyWithStrings("SUCCESS", "BAD")
            .filters(
                MaintenanceWindowFilter.builder().key("STATUS").values("SUCCESS").build(),
                MaintenanceWindowFilter.builder().key("").values("", "x".repeat(257), "ok").build())
            .maxResults(5)
            .taskArn("")
            .build();
    List<String> messages =
        WindowExecutionTaskValidator.INSTANCE.violationsOf(task).stream().map(Violation::message).toList();
    WindowExecutionTask badId = task.toBuilder().windowExecutionId("z".repeat(36)).filters(List.of()).build();
    WindowExecutionTask longId = badId.toBuilder().windowExecutionId("z".repeat(37)).build();
    WindowExecutionTask shortId = badId.toBuilder().windowExecutionId("abc").build();
    List<String> all = new ArrayList<>(messages);
    WindowExecutionTaskValidator.INSTANCE.violationsOf(badId).forEach(v -> all.add(v.message()));
    WindowExecutionTaskValidator.INSTANCE.violationsOf(longId).forEach(v -> all.add(v.message()));
    WindowExecutionTaskValidator.INSTANCE.violationsOf(shortId).forEach(v -> all.add(v.message()));
    return all;
  }
}
