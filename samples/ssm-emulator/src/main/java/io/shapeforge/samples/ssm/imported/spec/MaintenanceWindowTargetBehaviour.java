package io.shapeforge.samples.ssm.imported.spec;

import io.shapeforge.spec.Resource;

/**
 * A target registered with a maintenance window, as a resource under it: stored as {@code
 * MaintenanceWindowTarget} (targets have no Get; the Describe item is the whole target), keyed by
 * window and a UUID, deleted with its window. {@code windows.MaintenanceWindowHandlers} adds what
 * AWS does beyond storage: {@code Safe} on deregistering a target a task uses, the Filters.
 *
 * <p>AWS publishes no text for a missing target; this one follows the window's.
 */
@Resource(
    record = MaintenanceWindowTarget.class,
    identifier = "windowTargetId",
    parent = MaintenanceWindowBehaviour.class,
    mintUuid = true,
    notFound = DoesNotExistException.class,
    notFoundMessage = "Maintenance window target {} does not exist in {windowId}",
    idempotencyMismatch = IdempotentParameterMismatch.class,
    idempotencyMismatchMessage = "The client token was already used with different parameters.",
    create = RegisterTargetWithMaintenanceWindow.class,
    update = UpdateMaintenanceWindowTarget.class,
    delete = DeregisterTargetFromMaintenanceWindow.class,
    list = DescribeMaintenanceWindowTargets.class,
    defaultPageSize = 10)
interface MaintenanceWindowTargetBehaviour {}
