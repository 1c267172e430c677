package io.shapeforge.samples.ssm.spec;

import io.shapeforge.spec.Structure;
import java.util.List;

/** The output of DescribeMaintenanceWindowExecutionTasks. */
@Structure
interface DescribeMaintenanceWindowExecutionTasksResult {
  /** Information about the task executions. */
  List<MaintenanceWindowExecutionTaskIdentity> windowExecutionTaskIdentities();

  /**
   * The token to use when requesting the next set of items. If there are no additional items to
   * return, the string is empty.
   */
  String nextToken();
}
