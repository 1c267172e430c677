package io.shapeforge.samples.ssm.schedule;

import java.util.Objects;

/**
 * One entry of {@code DescribeMaintenanceWindowSchedule}'s {@code ScheduledWindowExecutions}: the
 * window and the rendered time of one of its coming runs, taken from the same calculation the
 * scheduler runs windows by.
 *
 * @param windowId the window's id, such as {@code mw-0c50858d01EXAMPLE}
 * @param name the window's name
 * @param executionTime the run's start as AWS renders it, such as {@code 2020-02-19T16:00Z}
 */
public record UpcomingExecution(String windowId, String name, String executionTime) {

  public UpcomingExecution {
    Objects.requireNonNull(windowId, "windowId");
    Objects.requireNonNull(executionTime, "executionTime");
  }

  public static UpcomingExecution of(String windowId, String name, ScheduledRun run) {
    return new UpcomingExecution(windowId, name, run.executionTime());
  }
}
