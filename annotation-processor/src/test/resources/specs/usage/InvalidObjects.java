package fixture.ssm.usage;

import fixture.ssm.model.MaintenanceWindowFilter;
import fixture.ssm.model.WindowExecutionTask;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/** Models that break constraints in many ways, for comparing two validators on them. */
public final class InvalidObjects implements Supplier<List<Object>> {
  @Override
  public List<Object> get() {
    WindowExecutionTask valid =
        WindowExecutionTask.builder()
            .windowExecutionId("6e5c9c1c-2b3f-4b1e-9f3e-0a1b2c3d4e5f")
            .status("SUCCESS")
            .historyWithStrings("PENDING", "SKIPPED_OVERLAPPING")
            .filters(MaintenanceWindowFilter.builder().key("STATUS").values("SUCCESS").build())
            .maxResults(100)
            .taskArn("a")
            .enabled(false)
            .build();
    String bigValue = "v".repeat(257);
    MaintenanceWindowFilter badFilter = MaintenanceWindowFilter.builder().key("").values("", bigValue, "ok").build();
    return List.of(
        valid,
        WindowExecutionTask.builder().build(),
        valid.toBuilder().windowExecutionId("z".repeat(36)).build(),
        valid.toBuilder().windowExecutionId("z".repeat(37)).build(),
        valid.toBuilder().windowExecutionId("6e5c9c1c-2b3f-4b1e-9f3e-0a1b2c3d4e5\n").build(),
        valid.toBuilder().status("NOPE").historyWithStrings("SUCCESS", "BAD", "success").build(),
        valid.toBuilder().filters(badFilter, badFilter.toBuilder().key("k".repeat(129)).build()).build(),
        valid.toBuilder()
            .filters(badFilter, badFilter, badFilter, badFilter, badFilter, badFilter)
            .maxResults(9)
            .taskArn("")
            .build(),
        valid.toBuilder().maxResults(101).taskArn("t".repeat(1601)).build(),
        // too short and not matching: both, as AWS reports them
        valid.toBuilder().windowExecutionId("abc").build(),
        // null elements of dense lists, of structures and of strings
        valid.toBuilder().filters(Arrays.asList(null, badFilter.toBuilder().values(Arrays.asList("a", null)).build())).build(),
        valid.toBuilder().historyWithStrings(Arrays.asList("SUCCESS", null)).build());
  }
}
