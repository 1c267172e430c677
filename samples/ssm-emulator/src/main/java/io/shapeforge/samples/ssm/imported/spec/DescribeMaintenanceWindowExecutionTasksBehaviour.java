package io.shapeforge.samples.ssm.imported.spec;

import io.shapeforge.spec.FilterKey;
import io.shapeforge.spec.FilterOp;
import io.shapeforge.spec.OrderBy;
import io.shapeforge.spec.Query;
import io.shapeforge.spec.Scope;

/**
 * What AWS's model cannot say about DescribeMaintenanceWindowExecutionTasks, declared beside the
 * imported spec and never overwritten by an import: it lists stored task executions, keyed by
 * execution and task execution, scoped to one stored window execution, filtered by {@code STATUS}.
 *
 * <p>It lives in the imported spec's package, in {@code src/main/java}, because the imported
 * interfaces are package-private; the class literal makes the compiler check that the operation is
 * still in the model after each import. From it the processor generates, in {@code
 * io.shapeforge.samples.ssm.imported.model}, {@code AmazonSsmTables}, the {@code *Columns}, {@code
 * DescribeMaintenanceWindowExecutionTasksFilters}, {@code
 * DescribeMaintenanceWindowExecutionTasksQuery} and {@code AmazonSsmQueries}, which answers the
 * operation from a store.
 *
 * <p>AWS's model gives no default page size; 10 is MaxResults' minimum, and the page size this
 * emulator has always used. The filter key and its values are those the API reference lists for
 * this operation.
 */
@Query(
    operation = DescribeMaintenanceWindowExecutionTasks.class,
    record = MaintenanceWindowExecutionTaskIdentity.class,
    key = {"windowExecutionId", "taskExecutionId"},
    defaultPageSize = 10,
    scope =
        @Scope(
            request = "windowExecutionId",
            record = "windowExecutionId",
            parent = MaintenanceWindowExecution.class,
            parentKey = "windowExecutionId",
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
interface DescribeMaintenanceWindowExecutionTasksBehaviour {}
