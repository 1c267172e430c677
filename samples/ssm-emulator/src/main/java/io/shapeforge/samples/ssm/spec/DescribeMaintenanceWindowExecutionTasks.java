package io.shapeforge.samples.ssm.spec;

import io.shapeforge.spec.FilterKey;
import io.shapeforge.spec.FilterOp;
import io.shapeforge.spec.Operation;
import io.shapeforge.spec.OrderBy;
import io.shapeforge.spec.Paginated;
import io.shapeforge.spec.Query;
import io.shapeforge.spec.Scope;

/** For a given maintenance window execution, lists the tasks that were run. */
@Operation(
    input = DescribeMaintenanceWindowExecutionTasksRequest.class,
    output = DescribeMaintenanceWindowExecutionTasksResult.class,
    errors = {DoesNotExistException.class, InternalServerError.class})
@Paginated(
    inputToken = "nextToken",
    outputToken = "nextToken",
    pageSize = "maxResults",
    defaultPageSize = 10,
    items = "windowExecutionTaskIdentities")
@Query(
    record = MaintenanceWindowExecutionTaskIdentity.class,
    scope =
        @Scope(
            request = "windowExecutionId",
            record = "windowExecutionId",
            parent = MaintenanceWindowExecution.class,
            notFound = DoesNotExistException.class,
            notFoundMessage = "Maintenance window execution {} does not exist"),
    filters =
        @FilterKey(
            name = "STATUS",
            member = "status",
            op = FilterOp.IN,
            allowed = {
              "PENDING",
              "IN_PROGRESS",
              "SUCCESS",
              "FAILED",
              "TIMED_OUT",
              "CANCELLING",
              "CANCELLED"
            }),
    orderBy = {@OrderBy("startTime"), @OrderBy("taskExecutionId")})
interface DescribeMaintenanceWindowExecutionTasks {}
