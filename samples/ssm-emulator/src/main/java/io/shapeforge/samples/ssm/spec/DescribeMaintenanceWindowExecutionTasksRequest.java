package io.shapeforge.samples.ssm.spec;

import io.shapeforge.spec.Length;
import io.shapeforge.spec.Pattern;
import io.shapeforge.spec.Range;
import io.shapeforge.spec.Required;
import io.shapeforge.spec.Structure;
import java.util.List;

/** The input of DescribeMaintenanceWindowExecutionTasks. */
@Structure
interface DescribeMaintenanceWindowExecutionTasksRequest {
  /** The ID of the maintenance window execution whose task executions should be retrieved. */
  @Required
  @Length(min = 36, max = 36)
  @Pattern(Patterns.EXECUTION_ID)
  String windowExecutionId();

  /**
   * Optional filters used to scope down the returned tasks. The supported filter key is {@code
   * STATUS} with the corresponding values {@code PENDING}, {@code IN_PROGRESS}, {@code SUCCESS},
   * {@code FAILED}, {@code TIMED_OUT}, {@code CANCELLING}, and {@code CANCELLED}.
   */
  @Length(min = 0, max = 5)
  List<MaintenanceWindowFilter> filters();

  /**
   * The maximum number of items to return for this call. The call also returns a token that you can
   * specify in a subsequent call to get the next set of results.
   */
  @Range(min = "10", max = "100")
  Integer maxResults();

  /**
   * The token for the next set of items to return. (You received this token from a previous call.)
   */
  String nextToken();
}
