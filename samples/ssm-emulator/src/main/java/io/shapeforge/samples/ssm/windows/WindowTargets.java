package io.shapeforge.samples.ssm.windows;

import io.shapeforge.runtime.page.Page;
import io.shapeforge.runtime.resource.Created;
import io.shapeforge.runtime.resource.ResourceQuery;
import io.shapeforge.runtime.resource.ResourceStore;
import io.shapeforge.runtime.store.Column;
import io.shapeforge.runtime.store.Key;
import io.shapeforge.runtime.store.ScanRange;
import io.shapeforge.runtime.store.Transaction;
import io.shapeforge.runtime.validation.ValidationException;
import io.shapeforge.samples.ssm.imported.model.DeregisterTargetFromMaintenanceWindowRequest;
import io.shapeforge.samples.ssm.imported.model.DeregisterTargetFromMaintenanceWindowResult;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowTargetsRequest;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowTargetsResult;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowTaskResult;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowTarget;
import io.shapeforge.samples.ssm.imported.model.RegisterTargetWithMaintenanceWindowRequest;
import io.shapeforge.samples.ssm.imported.model.RegisterTargetWithMaintenanceWindowResult;
import io.shapeforge.samples.ssm.imported.model.Target;
import io.shapeforge.samples.ssm.imported.model.TargetInUseException;
import io.shapeforge.samples.ssm.imported.model.UpdateMaintenanceWindowTargetRequest;
import io.shapeforge.samples.ssm.imported.model.UpdateMaintenanceWindowTargetResult;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * RegisterTargetWithMaintenanceWindow, UpdateMaintenanceWindowTarget,
 * DeregisterTargetFromMaintenanceWindow and DescribeMaintenanceWindowTargets on the target
 * resource, kept under its window.
 *
 * <p>AWS semantics kept here: Deregister with {@code Safe=true} refuses a target that a task of the
 * window references through {@code Key=WindowTargetIds} ({@code TargetInUseException}, API
 * reference: "The system checks if the target is being referenced by a task. If the target is being
 * referenced, the system returns an error and doesn't deregister the target"); Update changes only
 * the members sent, and with {@code Replace=true} needs {@code Targets} and clears the optional
 * members not sent.
 */
final class WindowTargets {
  /** The task target key that refers to registered window targets (API reference, Target). */
  static final String WINDOW_TARGET_IDS = "WindowTargetIds";

  private static final Column<MaintenanceWindowTarget, String> TYPE =
      Column.ofString("ResourceType", MaintenanceWindowTarget::resourceTypeAsString);
  private static final Column<MaintenanceWindowTarget, String> OWNER_INFORMATION =
      Column.ofString("OwnerInformation", MaintenanceWindowTarget::ownerInformation);

  /**
   * API reference, DescribeMaintenanceWindowTargets: "The supported filter keys are Type,
   * WindowTargetId, and OwnerInformation."
   */
  private static final DescribeFilter<MaintenanceWindowTarget> FILTERS =
      new DescribeFilter<MaintenanceWindowTarget>()
          .oneOf("Type", TYPE, List.of("INSTANCE", "RESOURCE_GROUP"))
          .string("WindowTargetId", MaintenanceWindowTables.WINDOW_TARGET_ID)
          .string("OwnerInformation", OWNER_INFORMATION);

  private final ResourceStore resources;
  private final WindowResources definitions;

  WindowTargets(ResourceStore resources, WindowResources definitions) {
    this.resources = resources;
    this.definitions = definitions;
  }

  RegisterTargetWithMaintenanceWindowResult register(
      RegisterTargetWithMaintenanceWindowRequest request) {
    Created created =
        resources.create(
            definitions.target,
            Key.of(request.windowId()),
            request.clientToken(),
            WindowResources.parameters(request),
            id ->
                MaintenanceWindowTarget.builder()
                    .windowId(request.windowId())
                    .windowTargetId(id)
                    .resourceType(request.resourceTypeAsString())
                    .targets(request.targets())
                    .ownerInformation(request.ownerInformation())
                    .name(request.name())
                    .description(request.description())
                    .build());
    return RegisterTargetWithMaintenanceWindowResult.builder()
        .windowTargetId(created.identifier())
        .build();
  }

  UpdateMaintenanceWindowTargetResult update(UpdateMaintenanceWindowTargetRequest request) {
    boolean replace = Boolean.TRUE.equals(request.replace());
    if (replace && request.targets() == null) {
      throw new ValidationException(WindowMessages.replaceNeeds("Targets"));
    }
    MaintenanceWindowTarget updated =
        resources.update(
            definitions.target,
            Key.of(request.windowId(), request.windowTargetId()),
            target -> {
              MaintenanceWindowTarget.Builder changed = target.toBuilder();
              if (replace || request.targets() != null) {
                changed.targets(request.targets());
              }
              if (replace || request.ownerInformation() != null) {
                changed.ownerInformation(request.ownerInformation());
              }
              if (replace || request.name() != null) {
                changed.name(request.name());
              }
              if (replace || request.description() != null) {
                changed.description(request.description());
              }
              return changed.build();
            });
    return UpdateMaintenanceWindowTargetResult.builder()
        .windowId(updated.windowId())
        .windowTargetId(updated.windowTargetId())
        .targets(updated.targets())
        .ownerInformation(updated.ownerInformation())
        .name(updated.name())
        .description(updated.description())
        .build();
  }

  DeregisterTargetFromMaintenanceWindowResult deregister(
      DeregisterTargetFromMaintenanceWindowRequest request) {
    boolean safe = Boolean.TRUE.equals(request.safe());
    resources.delete(
        definitions.target,
        Key.of(request.windowId(), request.windowTargetId()),
        (tx, target) -> {
          if (safe) {
            taskUsing(tx, target)
                .ifPresent(
                    task -> {
                      throw new TargetInUseException(
                          WindowMessages.targetInUse(target.windowTargetId(), task.windowTaskId()));
                    });
          }
        });
    return DeregisterTargetFromMaintenanceWindowResult.builder()
        .windowId(request.windowId())
        .windowTargetId(request.windowTargetId())
        .build();
  }

  /** The first task of the target's window whose targets name it, read in the transaction. */
  private static Optional<GetMaintenanceWindowTaskResult> taskUsing(
      Transaction tx, MaintenanceWindowTarget target) {
    try (Stream<GetMaintenanceWindowTaskResult> tasks =
        tx.table(MaintenanceWindowTables.TASKS)
            .scan(
                MaintenanceWindowTables.TASKS.primaryKey(),
                ScanRange.prefix(Key.of(target.windowId())))) {
      return tasks.filter(task -> references(task.targets(), target.windowTargetId())).findFirst();
    }
  }

  static boolean references(List<Target> targets, String windowTargetId) {
    if (targets == null) {
      return false;
    }
    for (Target target : targets) {
      if (WINDOW_TARGET_IDS.equalsIgnoreCase(target.key())
          && target.values() != null
          && target.values().contains(windowTargetId)) {
        return true;
      }
    }
    return false;
  }

  DescribeMaintenanceWindowTargetsResult describe(DescribeMaintenanceWindowTargetsRequest request) {
    ResourceQuery.Builder<MaintenanceWindowTarget> query =
        ResourceQuery.builder(
                "DescribeMaintenanceWindowTargets",
                MaintenanceWindowTables.TARGETS.primaryKey(),
                Key.of(request.windowId()))
            .parent(Key.of(request.windowId()))
            .pageSize(
                request.maxResults() == null
                    ? MaintenanceWindows.DEFAULT_PAGE_SIZE
                    : request.maxResults())
            .nextToken(request.nextToken());
    FILTERS.apply(request.filters(), query);
    Page<MaintenanceWindowTarget> page = resources.list(definitions.target, query.build());
    return DescribeMaintenanceWindowTargetsResult.builder()
        .targets(page.items())
        .nextToken(page.nextToken())
        .build();
  }
}
