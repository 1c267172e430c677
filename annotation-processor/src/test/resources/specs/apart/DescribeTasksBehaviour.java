package fixture.ssm.spec;

import io.shapeforge.spec.FilterKey;
import io.shapeforge.spec.FilterOp;
import io.shapeforge.spec.OrderBy;
import io.shapeforge.spec.Query;
import io.shapeforge.spec.Scope;

/** The query of DescribeTasks, declared apart from the imported spec, with the keys it lacks. */
@Query(
    operation = DescribeTasks.class,
    record = TaskIdentity.class,
    key = {"windowExecutionId", "taskExecutionId"},
    defaultPageSize = 10,
    scope = @Scope(
        request = "windowExecutionId",
        record = "windowExecutionId",
        parent = WindowExecution.class,
        parentKey = "windowExecutionId",
        notFound = DoesNotExistException.class,
        notFoundMessage = "Maintenance window execution {} does not exist"),
    filters = {
        @FilterKey(name = "STATUS", member = "status", op = FilterOp.IN, allowedEnum = MaintenanceWindowExecutionStatus.class),
        @FilterKey(name = "TASK_ARN_PREFIX", member = "taskArn", op = FilterOp.BEGINS_WITH),
        @FilterKey(name = "StartedAfter", member = "startTime", op = FilterOp.AFTER)},
    orderBy = {
        @OrderBy(value = "startTime", direction = OrderBy.Direction.DESCENDING),
        @OrderBy(value = "taskExecutionId", direction = OrderBy.Direction.DESCENDING)})
interface DescribeTasksBehaviour {}
