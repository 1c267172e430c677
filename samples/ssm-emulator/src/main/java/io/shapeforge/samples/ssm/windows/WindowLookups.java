package io.shapeforge.samples.ssm.windows;

import io.shapeforge.runtime.page.NextTokenCodec;
import io.shapeforge.runtime.page.QueryFingerprint;
import io.shapeforge.runtime.resource.ResourceDefinition;
import io.shapeforge.runtime.resource.ResourceStore;
import io.shapeforge.runtime.store.Key;
import io.shapeforge.runtime.store.ScanRange;
import io.shapeforge.runtime.store.Store;
import io.shapeforge.runtime.store.ValueType;
import io.shapeforge.runtime.validation.ValidationException;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowScheduleRequest;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowScheduleResult;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowsForTargetRequest;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowsForTargetResult;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowResult;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowResultResource;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowIdentityForTarget;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowTarget;
import io.shapeforge.samples.ssm.imported.model.ScheduledWindowExecution;
import io.shapeforge.samples.ssm.imported.model.Target;
import io.shapeforge.samples.ssm.schedule.ScheduledRun;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * DescribeMaintenanceWindowsForTarget and DescribeMaintenanceWindowSchedule: the windows a target
 * is registered with, and their coming runs from the schedule calculation the scheduler uses.
 *
 * <p>A window is "for" a target when one of its registered targets has the requested resource type
 * and shares a value under the same key (keys compared without case: {@code InstanceIds} and {@code
 * instanceids} are one key in AWS's examples). The schedule lists the next {@value
 * #SCHEDULE_HORIZON} runs: most schedules never end, and an SDK paginator would page forever.
 */
final class WindowLookups {
  static final int SCHEDULE_HORIZON = 100;
  private static final int DEFAULT_PAGE_SIZE = 10;
  private static final List<ValueType> WINDOW_ORDER = List.of(ValueType.STRING);
  private static final List<ValueType> RUN_ORDER = List.of(ValueType.INSTANT, ValueType.STRING);

  private static final ResourceDefinition<GetMaintenanceWindowResult> WINDOW =
      GetMaintenanceWindowResultResource.DEFINITION;

  private final Store store;
  private final ResourceStore resources;
  private final NextTokenCodec tokens;
  private final Clock clock;

  WindowLookups(Store store, ResourceStore resources, NextTokenCodec tokens, Clock clock) {
    this.store = store;
    this.resources = resources;
    this.tokens = tokens;
    this.clock = clock;
  }

  DescribeMaintenanceWindowsForTargetResult windowsForTarget(
      DescribeMaintenanceWindowsForTargetRequest request) {
    QueryFingerprint query =
        fingerprint(
            "DescribeMaintenanceWindowsForTarget",
            request.resourceTypeAsString(),
            request.targets());
    String after =
        request.nextToken() == null
            ? null
            : (String) tokens.decode(request.nextToken(), query, WINDOW_ORDER).get(0);
    int size = request.maxResults() == null ? DEFAULT_PAGE_SIZE : request.maxResults();
    List<MaintenanceWindowIdentityForTarget> page = new ArrayList<>();
    String next = null;
    for (String windowId : windowIdsFor(request.resourceTypeAsString(), request.targets())) {
      if (after != null && windowId.compareTo(after) <= 0) {
        continue;
      }
      Optional<GetMaintenanceWindowResult> window = resources.find(WINDOW, Key.of(windowId));
      if (window.isEmpty()) {
        continue;
      }
      if (page.size() == size) {
        next = tokens.encode(query, Key.of(page.get(size - 1).windowId()), WINDOW_ORDER);
        break;
      }
      page.add(
          MaintenanceWindowIdentityForTarget.builder()
              .windowId(windowId)
              .name(window.get().name())
              .build());
    }
    return DescribeMaintenanceWindowsForTargetResult.builder()
        .windowIdentities(page)
        .nextToken(next)
        .build();
  }

  /** The ids of the windows with a registered target matching, in id order. */
  private TreeSet<String> windowIdsFor(String resourceType, List<Target> wanted) {
    TreeSet<String> windowIds = new TreeSet<>();
    try (Stream<MaintenanceWindowTarget> targets =
        store
            .table(MaintenanceWindowTables.TARGETS)
            .scan(MaintenanceWindowTables.TARGETS.primaryKey(), ScanRange.all())) {
      targets
          .filter(target -> resourceType.equals(target.resourceTypeAsString()))
          .filter(target -> overlaps(target.targets(), wanted))
          .forEach(target -> windowIds.add(target.windowId()));
    }
    return windowIds;
  }

  private static boolean overlaps(List<Target> registered, List<Target> wanted) {
    if (registered == null || wanted == null) {
      return false;
    }
    for (Target have : registered) {
      for (Target want : wanted) {
        if (have.key() != null
            && want.key() != null
            && have.key().toLowerCase(Locale.ROOT).equals(want.key().toLowerCase(Locale.ROOT))
            && have.values() != null
            && want.values() != null
            && want.values().stream().anyMatch(have.values()::contains)) {
          return true;
        }
      }
    }
    return false;
  }

  DescribeMaintenanceWindowScheduleResult schedule(
      DescribeMaintenanceWindowScheduleRequest request) {
    if (request.filters() != null && !request.filters().isEmpty()) {
      throw new ValidationException(
          "Filters are not supported by this emulator's DescribeMaintenanceWindowSchedule.");
    }
    List<GetMaintenanceWindowResult> windows = new ArrayList<>();
    String scope;
    if (request.windowId() != null) {
      windows.add(resources.get(WINDOW, Key.of(request.windowId())));
      scope = request.windowId();
    } else if (request.targets() != null && request.resourceTypeAsString() != null) {
      for (String windowId : windowIdsFor(request.resourceTypeAsString(), request.targets())) {
        resources.find(WINDOW, Key.of(windowId)).ifPresent(windows::add);
      }
      scope = request.resourceTypeAsString();
    } else {
      throw new ValidationException(WindowMessages.SCHEDULE_NEEDS_SCOPE);
    }
    QueryFingerprint query =
        fingerprint("DescribeMaintenanceWindowSchedule", scope, request.targets());
    Key after =
        request.nextToken() == null ? null : tokens.decode(request.nextToken(), query, RUN_ORDER);
    int size = request.maxResults() == null ? DEFAULT_PAGE_SIZE : request.maxResults();

    List<Run> chosen = new ArrayList<>();
    String next = null;
    for (Run run : comingRuns(windows, clock.instant())) {
      if (after != null && run.compareTo(after) <= 0) {
        continue;
      }
      if (chosen.size() == size) {
        Run last = chosen.get(size - 1);
        next =
            tokens.encode(query, Key.of(last.run().start(), last.window().windowId()), RUN_ORDER);
        break;
      }
      chosen.add(run);
    }
    List<ScheduledWindowExecution> page = new ArrayList<>();
    for (Run run : chosen) {
      page.add(
          ScheduledWindowExecution.builder()
              .windowId(run.window().windowId())
              .name(run.window().name())
              .executionTime(run.run().executionTime())
              .build());
    }
    return DescribeMaintenanceWindowScheduleResult.builder()
        .scheduledWindowExecutions(page)
        .nextToken(next)
        .build();
  }

  /** The next runs of every window merged in (start, window id) order, at most the horizon. */
  private static List<Run> comingRuns(List<GetMaintenanceWindowResult> windows, Instant now) {
    List<Run> runs = new ArrayList<>();
    for (GetMaintenanceWindowResult window : windows) {
      WindowSchedules.runsAfter(window, now)
          .limit(SCHEDULE_HORIZON)
          .forEach(run -> runs.add(new Run(window, run)));
    }
    runs.sort(
        Comparator.comparing((Run run) -> run.run().start())
            .thenComparing(run -> run.window().windowId()));
    return runs.size() > SCHEDULE_HORIZON ? runs.subList(0, SCHEDULE_HORIZON) : runs;
  }

  private record Run(GetMaintenanceWindowResult window, ScheduledRun run) {
    int compareTo(Key position) {
      int byStart = run.start().compareTo((Instant) position.get(0));
      return byStart != 0 ? byStart : window.windowId().compareTo((String) position.get(1));
    }
  }

  private static QueryFingerprint fingerprint(
      String operation, String scope, List<Target> targets) {
    QueryFingerprint.Builder query = QueryFingerprint.builder(operation).scope(scope);
    if (targets != null) {
      for (Target target : targets) {
        query.filter(target.key(), target.values());
      }
    }
    return query.build();
  }
}
