package io.shapeforge.samples.ssm.imported.spec;

import io.shapeforge.spec.Resource;

/**
 * A task registered with a maintenance window, as a resource under it: stored as {@code
 * GetMaintenanceWindowTaskResult} (the shape that reads it whole, invocation parameters included),
 * keyed by window and a UUID, deleted with its window. {@code windows.MaintenanceWindowHandlers}
 * adds what AWS does beyond storage: the placeholder limits of an untargeted task, the Filters,
 * DescribeMaintenanceWindowTasks' {@code Type} (the record's {@code TaskType}).
 *
 * <p>AWS publishes no text for a missing task; this one follows the window's.
 */
@Resource(
    record = GetMaintenanceWindowTaskResult.class,
    identifier = "windowTaskId",
    parent = MaintenanceWindowBehaviour.class,
    mintUuid = true,
    notFound = DoesNotExistException.class,
    notFoundMessage = "Maintenance window task {} does not exist in {windowId}",
    idempotencyMismatch = IdempotentParameterMismatch.class,
    idempotencyMismatchMessage = "The client token was already used with different parameters.",
    create = RegisterTaskWithMaintenanceWindow.class,
    read = GetMaintenanceWindowTask.class,
    update = UpdateMaintenanceWindowTask.class,
    delete = DeregisterTaskFromMaintenanceWindow.class,
    list = DescribeMaintenanceWindowTasks.class,
    defaultPageSize = 10)
interface MaintenanceWindowTaskBehaviour {}
