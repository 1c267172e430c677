package fixture.ssm.spec;

import io.shapeforge.spec.FilterKey;
import io.shapeforge.spec.FilterOp;
import io.shapeforge.spec.Identifier;
import io.shapeforge.spec.Length;
import io.shapeforge.spec.Operation;
import io.shapeforge.spec.OrderBy;
import io.shapeforge.spec.Paginated;
import io.shapeforge.spec.Query;
import io.shapeforge.spec.Range;
import io.shapeforge.spec.Required;
import io.shapeforge.spec.Scope;
import io.shapeforge.spec.Structure;
import java.time.Instant;
import java.util.List;

/** An execution of a maintenance window: the parent of its tasks. */
@Structure
interface WindowExecution {
  /** The ID of the execution. */
  @Identifier
  @Required
  String windowExecutionId();
}

/** One task of an execution, as stored. */
@Structure
interface TaskIdentity {
  @Identifier
  String windowExecutionId();

  @Identifier
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
    defaultPageSize = 10,
    items = "taskIdentities")
@Query(
    record = TaskIdentity.class,
    scope = @Scope(
        request = "windowExecutionId",
        record = "windowExecutionId",
        parent = WindowExecution.class,
        notFound = DoesNotExistException.class,
        notFoundMessage = "Maintenance window execution {} does not exist"),
    filters = {
        @FilterKey(name = "STATUS", member = "status", op = FilterOp.IN, allowedEnum = MaintenanceWindowExecutionStatus.class),
        @FilterKey(name = "TASK_ARN_PREFIX", member = "taskArn", op = FilterOp.BEGINS_WITH),
        @FilterKey(name = "StartedAfter", member = "startTime", op = FilterOp.AFTER)},
    orderBy = {
        @OrderBy(value = "startTime", direction = OrderBy.Direction.DESCENDING),
        @OrderBy(value = "taskExecutionId", direction = OrderBy.Direction.DESCENDING)})
interface DescribeTasks {}
