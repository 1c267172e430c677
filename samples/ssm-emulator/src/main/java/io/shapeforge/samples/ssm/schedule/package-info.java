/**
 * The schedule calculation of maintenance windows, shared by the scheduler and
 * DescribeMaintenanceWindowSchedule: parsing {@code cron(...)}, {@code rate(...)} and {@code
 * at(...)} as CreateMaintenanceWindow accepts them ({@link
 * io.shapeforge.samples.ssm.schedule.Schedule}), the runs they produce under a window's settings
 * ({@link io.shapeforge.samples.ssm.schedule.ScheduleContext}, {@link
 * io.shapeforge.samples.ssm.schedule.ScheduledRun}), their rendering in the API ({@link
 * io.shapeforge.samples.ssm.schedule.UpcomingExecution}), and the emulator's clock ({@link
 * io.shapeforge.samples.ssm.schedule.ManualClock}, {@link
 * io.shapeforge.samples.ssm.schedule.ClockOption}).
 *
 * <p>Pure java.time: nothing here touches storage, threads or the wire. The AWS sources are the
 * Systems Manager User Guide's "Reference: Cron and rate expressions for Systems Manager" and
 * "Maintenance window scheduling and active period options", and the CreateMaintenanceWindow API
 * reference; where they are silent (daylight-saving changes) the behaviour follows AWS's
 * EventBridge Scheduler, and each class says which.
 */
package io.shapeforge.samples.ssm.schedule;
