package io.shapeforge.samples.ssm.imported.spec;

import io.shapeforge.spec.Resource;

/**
 * The maintenance window as a resource, declared beside the imported spec and never overwritten by
 * an import: stored as {@code GetMaintenanceWindowResult} (the shape that reads it whole), its id
 * minted from {@code WindowId}'s pattern {@code ^mw-[0-9a-f]{17}$}, and its five operations. From
 * it the processor generates {@code GetMaintenanceWindowResultResource} and the window's handlers
 * in {@code AmazonSsmResources}; {@code windows.MaintenanceWindowHandlers} adds what AWS does
 * beyond storage (schedules, NextExecutionTime, the Filters of DescribeMaintenanceWindows).
 *
 * <p>AWS's model gives no default page size; 10 is MaxResults' minimum, the page size this emulator
 * has always used, which keeps paging visible in tests. The same holds for targets and tasks.
 *
 * <p>The not-found text is quoted from AWS by users (aws-samples/aws-security-reference-
 * architecture-examples#288: "Maintenance window mw-xxxxxxxx does not exist"). AWS publishes none
 * for a reused client token; this one follows its style.
 */
@Resource(
    record = GetMaintenanceWindowResult.class,
    identifier = "windowId",
    notFound = DoesNotExistException.class,
    notFoundMessage = "Maintenance window {} does not exist",
    idempotencyMismatch = IdempotentParameterMismatch.class,
    idempotencyMismatchMessage = "The client token was already used with different parameters.",
    create = CreateMaintenanceWindow.class,
    read = GetMaintenanceWindow.class,
    update = UpdateMaintenanceWindow.class,
    delete = DeleteMaintenanceWindow.class,
    list = DescribeMaintenanceWindows.class,
    defaultPageSize = 10)
interface MaintenanceWindowBehaviour {}
