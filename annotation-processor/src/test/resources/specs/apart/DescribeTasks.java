package fixture.ssm.spec;

import io.shapeforge.spec.Length;
import io.shapeforge.spec.Operation;
import io.shapeforge.spec.Paginated;
import io.shapeforge.spec.Range;
import io.shapeforge.spec.Required;
import io.shapeforge.spec.Structure;
import java.time.Instant;
import java.util.List;

// The golden DescribeTasks as an importer writes it: no @Identifier, no @Query, and no default
// page size (AWS's models give none). DescribeTasksBehaviour declares the query apart.

/** An execution of a maintenance window: the parent of its tasks. */
@Structure
interface WindowExecution {
  /** The ID of the execution. */
  @Required
  String windowExecutionId();
}

/** One task of an execution, as stored. */
@Structure
interface TaskIdentity {
  String windowExecutionId();

  String taskExecutionId();

  MaintenanceWindowExecutionStatus status();

  Instant startTime();

  String taskArn();
}

@Structure
interface DescribeTasksRequest {
  @Required
  String windowExecutionId();

  @Length(max = 5)
  List<MaintenanceWindowFilter> filters();

  @Range(min = "10", max = "100")
  Integer maxResults();

  String nextToken();
}

@Structure
interface DescribeTasksResult {
  List<TaskIdentity> taskIdentities();

  String nextToken();
}

/** Lists the tasks of one execution, newest first. */
@Operation(input = DescribeTasksRequest.class, output = DescribeTasksResult.class, errors = DoesNotExistException.class)
@Paginated(
    inputToken = "nextToken",
    outputToken = "nextToken",
    pageSize = "maxResults",
    items = "taskIdentities")
interface DescribeTasks {}
