package io.shapeforge.samples.ssm.windows;

import io.shapeforge.runtime.page.Page;
import io.shapeforge.runtime.resource.Created;
import io.shapeforge.runtime.resource.ResourceQuery;
import io.shapeforge.runtime.resource.ResourceStore;
import io.shapeforge.runtime.store.Column;
import io.shapeforge.runtime.store.Key;
import io.shapeforge.runtime.validation.ValidationException;
import io.shapeforge.samples.ssm.imported.model.CreateMaintenanceWindowRequest;
import io.shapeforge.samples.ssm.imported.model.CreateMaintenanceWindowResult;
import io.shapeforge.samples.ssm.imported.model.DeleteMaintenanceWindowRequest;
import io.shapeforge.samples.ssm.imported.model.DeleteMaintenanceWindowResult;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowsRequest;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowsResult;
import io.shapeforge.samples.ssm.imported.model.DoesNotExistException;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowRequest;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowResult;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowIdentity;
import io.shapeforge.samples.ssm.imported.model.UpdateMaintenanceWindowRequest;
import io.shapeforge.samples.ssm.imported.model.UpdateMaintenanceWindowResult;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * CreateMaintenanceWindow, GetMaintenanceWindow, UpdateMaintenanceWindow, DeleteMaintenanceWindow
 * and DescribeMaintenanceWindows on the window resource.
 *
 * <p>AWS semantics kept here: a new window is enabled; Update changes only the members sent, and
 * with {@code Replace=true} needs every member Create requires and clears the optional ones not
 * sent (API reference, UpdateMaintenanceWindow); {@code NextExecutionTime} comes from the schedule
 * calculation at read time; Delete takes the window's targets and tasks with it and, as its API
 * reference declares no {@code DoesNotExistException}, answers a missing window with its id.
 */
final class MaintenanceWindows {
  /** AWS documents no default; the smallest page it allows keeps paging visible in tests. */
  static final int DEFAULT_PAGE_SIZE = 10;

  private static final Column<GetMaintenanceWindowResult, String> NAME =
      Column.ofString("Name", GetMaintenanceWindowResult::name);
  private static final Column<GetMaintenanceWindowResult, Boolean> ENABLED =
      Column.ofBoolean("Enabled", GetMaintenanceWindowResult::enabled);

  /** API reference, DescribeMaintenanceWindows: "Supported filter keys are Name and Enabled." */
  private static final DescribeFilter<GetMaintenanceWindowResult> FILTERS =
      new DescribeFilter<GetMaintenanceWindowResult>()
          .string("Name", NAME)
          .bool("Enabled", ENABLED);

  private final ResourceStore resources;
  private final WindowResources definitions;
  private final Clock clock;

  MaintenanceWindows(ResourceStore resources, WindowResources definitions, Clock clock) {
    this.resources = resources;
    this.definitions = definitions;
    this.clock = clock;
  }

  CreateMaintenanceWindowResult create(CreateMaintenanceWindowRequest request) {
    Instant now = now();
    // Checked before anything is stored, with a placeholder id: the id is minted in the store.
    WindowSchedules.check(windowOf("mw-00000000000000000", request, now));
    Created created =
        resources.create(
            definitions.window,
            Key.empty(),
            request.clientToken(),
            WindowResources.parameters(request),
            id -> windowOf(id, request, now));
    return CreateMaintenanceWindowResult.builder().windowId(created.identifier()).build();
  }

  private static GetMaintenanceWindowResult windowOf(
      String windowId, CreateMaintenanceWindowRequest request, Instant now) {
    return GetMaintenanceWindowResult.builder()
        .windowId(windowId)
        .name(request.name())
        .description(request.description())
        .startDate(request.startDate())
        .endDate(request.endDate())
        .schedule(request.schedule())
        .scheduleTimezone(request.scheduleTimezone())
        .scheduleOffset(request.scheduleOffset())
        .duration(request.duration())
        .cutoff(request.cutoff())
        .allowUnassociatedTargets(request.allowUnassociatedTargets())
        .enabled(true)
        .createdDate(now)
        .modifiedDate(now)
        .build();
  }

  GetMaintenanceWindowResult get(GetMaintenanceWindowRequest request) {
    GetMaintenanceWindowResult window =
        resources.get(definitions.window, Key.of(request.windowId()));
    return window.toBuilder()
        .nextExecutionTime(WindowSchedules.nextExecutionTime(window, now()))
        .build();
  }

  UpdateMaintenanceWindowResult update(UpdateMaintenanceWindowRequest request) {
    boolean replace = Boolean.TRUE.equals(request.replace());
    if (replace) {
      requireForReplace(request);
    }
    Instant now = now();
    GetMaintenanceWindowResult updated =
        resources.update(
            definitions.window,
            Key.of(request.windowId()),
            window -> {
              GetMaintenanceWindowResult changed = changed(window, request, replace, now);
              WindowSchedules.check(changed);
              return changed;
            });
    return UpdateMaintenanceWindowResult.builder()
        .windowId(updated.windowId())
        .name(updated.name())
        .description(updated.description())
        .startDate(updated.startDate())
        .endDate(updated.endDate())
        .schedule(updated.schedule())
        .scheduleTimezone(updated.scheduleTimezone())
        .scheduleOffset(updated.scheduleOffset())
        .duration(updated.duration())
        .cutoff(updated.cutoff())
        .allowUnassociatedTargets(updated.allowUnassociatedTargets())
        .enabled(updated.enabled())
        .build();
  }

  private static void requireForReplace(UpdateMaintenanceWindowRequest request) {
    List<String> missing = new ArrayList<>();
    if (request.name() == null) {
      missing.add("Name");
    }
    if (request.schedule() == null) {
      missing.add("Schedule");
    }
    if (request.duration() == null) {
      missing.add("Duration");
    }
    if (request.cutoff() == null) {
      missing.add("Cutoff");
    }
    if (request.allowUnassociatedTargets() == null) {
      missing.add("AllowUnassociatedTargets");
    }
    if (!missing.isEmpty()) {
      throw new ValidationException(WindowMessages.replaceNeeds(String.join(", ", missing)));
    }
  }

  /** Members sent replace stored ones; with Replace, optional members not sent are cleared. */
  private static GetMaintenanceWindowResult changed(
      GetMaintenanceWindowResult window,
      UpdateMaintenanceWindowRequest request,
      boolean replace,
      Instant now) {
    GetMaintenanceWindowResult.Builder changed = window.toBuilder();
    if (replace || request.name() != null) {
      changed.name(request.name());
    }
    if (replace || request.description() != null) {
      changed.description(request.description());
    }
    if (replace || request.startDate() != null) {
      changed.startDate(request.startDate());
    }
    if (replace || request.endDate() != null) {
      changed.endDate(request.endDate());
    }
    if (replace || request.schedule() != null) {
      changed.schedule(request.schedule());
    }
    if (replace || request.scheduleTimezone() != null) {
      changed.scheduleTimezone(request.scheduleTimezone());
    }
    if (replace || request.scheduleOffset() != null) {
      changed.scheduleOffset(request.scheduleOffset());
    }
    if (replace || request.duration() != null) {
      changed.duration(request.duration());
    }
    if (replace || request.cutoff() != null) {
      changed.cutoff(request.cutoff());
    }
    if (replace || request.allowUnassociatedTargets() != null) {
      changed.allowUnassociatedTargets(request.allowUnassociatedTargets());
    }
    // Enabled is no Create member, so Replace does not clear it.
    if (request.enabled() != null) {
      changed.enabled(request.enabled());
    }
    return changed.modifiedDate(now).build();
  }

  DeleteMaintenanceWindowResult delete(DeleteMaintenanceWindowRequest request) {
    try {
      resources.delete(definitions.window, Key.of(request.windowId()));
    } catch (DoesNotExistException alreadyGone) {
      // AWS declares no DoesNotExistException here: a missing window is the outcome asked for.
    }
    return DeleteMaintenanceWindowResult.builder().windowId(request.windowId()).build();
  }

  DescribeMaintenanceWindowsResult describe(DescribeMaintenanceWindowsRequest request) {
    ResourceQuery.Builder<GetMaintenanceWindowResult> query =
        ResourceQuery.builder(
                "DescribeMaintenanceWindows",
                MaintenanceWindowTables.WINDOWS.primaryKey(),
                Key.empty())
            .pageSize(request.maxResults() == null ? DEFAULT_PAGE_SIZE : request.maxResults())
            .nextToken(request.nextToken());
    FILTERS.apply(request.filters(), query);
    Page<GetMaintenanceWindowResult> page = resources.list(definitions.window, query.build());
    Instant now = now();
    List<MaintenanceWindowIdentity> identities = new ArrayList<>();
    for (GetMaintenanceWindowResult window : page.items()) {
      identities.add(identityOf(window, now));
    }
    return DescribeMaintenanceWindowsResult.builder()
        .windowIdentities(identities)
        .nextToken(page.nextToken())
        .build();
  }

  private static MaintenanceWindowIdentity identityOf(
      GetMaintenanceWindowResult window, Instant now) {
    return MaintenanceWindowIdentity.builder()
        .windowId(window.windowId())
        .name(window.name())
        .description(window.description())
        .enabled(window.enabled())
        .duration(window.duration())
        .cutoff(window.cutoff())
        .schedule(window.schedule())
        .scheduleTimezone(window.scheduleTimezone())
        .scheduleOffset(window.scheduleOffset())
        .endDate(window.endDate())
        .startDate(window.startDate())
        .nextExecutionTime(WindowSchedules.nextExecutionTime(window, now))
        .build();
  }

  private Instant now() {
    return clock.instant();
  }
}
