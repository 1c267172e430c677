package io.shapeforge.benchmarks.validation;

import io.shapeforge.benchmarks.dataset.TaskDataset;
import io.shapeforge.benchmarks.query.IdentityModels;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksRequest;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowExecutionTasksResult;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionTaskIdentity;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowFilter;
import java.util.ArrayList;
import java.util.List;

/** The objects {@link ValidationBenchmark} validates, built once and shared by both validators. */
final class ValidationInputs {
  private ValidationInputs() {}

  /** A valid request: 5 filters of 3 values each (the spec's maximum number of filters). */
  static DescribeMaintenanceWindowExecutionTasksRequest validRequest() {
    List<MaintenanceWindowFilter> filters = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      filters.add(
          MaintenanceWindowFilter.builder()
              .key("STATUS")
              .values("SUCCESS", "FAILED", "TIMED_OUT")
              .build());
    }
    return DescribeMaintenanceWindowExecutionTasksRequest.builder()
        .windowExecutionId("a06e9f91-3b9c-4c3e-8bd4-246cc0000000")
        .filters(filters)
        .maxResults(100)
        .build();
  }

  /**
   * An invalid request with 5 violations: a missing execution id, 6 filters (at most 5), an empty
   * filter key, a 300-character filter value, and a page size of 5 (at least 10).
   */
  static DescribeMaintenanceWindowExecutionTasksRequest invalidRequest() {
    List<MaintenanceWindowFilter> filters = new ArrayList<>();
    filters.add(MaintenanceWindowFilter.builder().key("").values("SUCCESS").build());
    filters.add(MaintenanceWindowFilter.builder().key("STATUS").values("x".repeat(300)).build());
    for (int i = 0; i < 4; i++) {
      filters.add(MaintenanceWindowFilter.builder().key("STATUS").values("FAILED").build());
    }
    return DescribeMaintenanceWindowExecutionTasksRequest.builder()
        .windowExecutionId(null)
        .filters(filters)
        .maxResults(5)
        .build();
  }

  /** A valid response page of 100 identities from the benchmark data set. */
  static DescribeMaintenanceWindowExecutionTasksResult page() {
    List<MaintenanceWindowExecutionTaskIdentity> items = new ArrayList<>(100);
    TaskDataset.of(100).forEach(task -> items.add(IdentityModels.toModel(task)));
    return DescribeMaintenanceWindowExecutionTasksResult.builder()
        .windowExecutionTaskIdentities(items)
        .nextToken("opaque-token")
        .build();
  }
}
