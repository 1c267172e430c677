package io.shapeforge.samples.ssm.windows;

import io.shapeforge.runtime.page.NextTokenCodec;
import io.shapeforge.runtime.resource.ResourceDefinition;
import io.shapeforge.runtime.resource.ResourceQuery;
import io.shapeforge.runtime.resource.ResourceStore;
import io.shapeforge.runtime.store.Key;
import io.shapeforge.runtime.store.ScanRange;
import io.shapeforge.runtime.store.Store;
import io.shapeforge.runtime.store.Transaction;
import io.shapeforge.runtime.validation.ValidationException;
import io.shapeforge.samples.ssm.imported.model.AmazonSsmResources;
import io.shapeforge.samples.ssm.imported.model.CreateMaintenanceWindowRequest;
import io.shapeforge.samples.ssm.imported.model.CreateMaintenanceWindowResult;
import io.shapeforge.samples.ssm.imported.model.DeleteMaintenanceWindowRequest;
import io.shapeforge.samples.ssm.imported.model.DeleteMaintenanceWindowResult;
import io.shapeforge.samples.ssm.imported.model.DeregisterTargetFromMaintenanceWindowRequest;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowScheduleRequest;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowScheduleResult;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowTargetsRequest;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowTasksRequest;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowsForTargetRequest;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowsForTargetResult;
import io.shapeforge.samples.ssm.imported.model.DescribeMaintenanceWindowsRequest;
import io.shapeforge.samples.ssm.imported.model.DoesNotExistException;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowRequest;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowResult;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowResultResource;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowTaskResult;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowTaskResultResource;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowIdentity;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowTarget;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowTargetResource;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowTask;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowTaskType;
import io.shapeforge.samples.ssm.imported.model.RegisterTaskWithMaintenanceWindowRequest;
import io.shapeforge.samples.ssm.imported.model.Target;
import io.shapeforge.samples.ssm.imported.model.TargetInUseException;
import io.shapeforge.samples.ssm.imported.model.UpdateMaintenanceWindowRequest;
import io.shapeforge.samples.ssm.imported.model.UpdateMaintenanceWindowResult;
import io.shapeforge.samples.ssm.imported.model.UpdateMaintenanceWindowTargetRequest;
import io.shapeforge.samples.ssm.imported.model.UpdateMaintenanceWindowTargetResult;
import io.shapeforge.samples.ssm.imported.model.UpdateMaintenanceWindowTaskRequest;
import io.shapeforge.samples.ssm.imported.model.UpdateMaintenanceWindowTaskResult;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The 16 maintenance-window resource operations: the window, target and task lifecycles that {@code
 * imported.spec.MaintenanceWindowBehaviour} and its two children declare, generated in {@link
 * AmazonSsmResources}, with what AWS does beyond storage added here through the generated hooks;
 * and the two lookups across windows ({@link WindowLookups}). Requests arrive validated by the
 * generated validators.
 *
 * <p>AWS semantics kept here:
 *
 * <ul>
 *   <li>a new window is enabled and its schedule is checked before anything is stored; {@code
 *       NextExecutionTime} comes from the schedule calculation at read time; Delete answers a
 *       missing window with its id, as its API reference declares no {@code DoesNotExistException};
 *   <li>Update with {@code Replace=true} needs every member Create requires (API reference,
 *       UpdateMaintenanceWindow and its siblings) and does not clear the window's {@code Enabled},
 *       which is no Create member;
 *   <li>Deregister with {@code Safe=true} refuses a target that a task of the window references
 *       through {@code Key=WindowTargetIds} ({@code TargetInUseException}, API reference: "The
 *       system checks if the target is being referenced by a task. If the target is being
 *       referenced, the system returns an error and doesn't deregister the target");
 *   <li>a task registered without targets gets {@code MaxConcurrency} and {@code MaxErrors} of
 *       {@code 1} (API reference, DescribeMaintenanceWindowTasks: "the system inserts a placeholder
 *       value of 1");
 *   <li>each Describe takes the {@code Filters} keys its API reference documents ({@link
 *       DescribeFilter}).
 * </ul>
 *
 * <p>Everything lives in the store, so several emulator nodes sharing a database serve one set of
 * windows. Thread-safe. Extend it for the service's other operations.
 */
public class MaintenanceWindowHandlers extends AmazonSsmResources {
  /** The task target key that refers to registered window targets (API reference, Target). */
  static final String WINDOW_TARGET_IDS = "WindowTargetIds";

  private static final String PLACEHOLDER_LIMIT = "1";

  /** API reference, DescribeMaintenanceWindows: "Supported filter keys are Name and Enabled." */
  private static final DescribeFilter<GetMaintenanceWindowResult> WINDOW_FILTERS =
      new DescribeFilter<GetMaintenanceWindowResult>()
          .string("Name", MaintenanceWindowTables.NAME)
          .bool("Enabled", MaintenanceWindowTables.ENABLED);

  /**
   * API reference, DescribeMaintenanceWindowTargets: "The supported filter keys are Type,
   * WindowTargetId, and OwnerInformation."
   */
  private static final DescribeFilter<MaintenanceWindowTarget> TARGET_FILTERS =
      new DescribeFilter<MaintenanceWindowTarget>()
          .oneOf("Type", MaintenanceWindowTables.TARGET_TYPE, List.of("INSTANCE", "RESOURCE_GROUP"))
          .string("WindowTargetId", MaintenanceWindowTables.WINDOW_TARGET_ID)
          .string("OwnerInformation", MaintenanceWindowTables.OWNER_INFORMATION);

  /**
   * API reference, DescribeMaintenanceWindowTasks: "The supported filter keys are WindowTaskId,
   * TaskArn, Priority, and TaskType."
   */
  private static final DescribeFilter<GetMaintenanceWindowTaskResult> TASK_FILTERS =
      new DescribeFilter<GetMaintenanceWindowTaskResult>()
          .string("WindowTaskId", MaintenanceWindowTables.WINDOW_TASK_ID)
          .string("TaskArn", MaintenanceWindowTables.TASK_ARN)
          .integer("Priority", MaintenanceWindowTables.PRIORITY)
          .oneOf("TaskType", MaintenanceWindowTables.TASK_TYPE, taskTypes());

  private final Clock clock;
  private final WindowLookups lookups;

  /**
   * @param store holds the tables of {@code AmazonSsmTables} and of the three resources
   * @param tokens signs the next tokens of the Describe operations
   * @param clock the emulator's clock: creation and modification dates, next execution times
   * @param ids mints the ids of new windows, targets and tasks
   */
  public MaintenanceWindowHandlers(
      Store store, NextTokenCodec tokens, Clock clock, WindowIdentifiers ids) {
    super(store, tokens, new ResourceStore(store, tokens, definitions(ids)));
    this.clock = Objects.requireNonNull(clock, "clock");
    this.lookups = new WindowLookups(store, resources(), tokens, clock);
  }

  /** The generated definitions, minting with {@code ids}; parents first, as the store wants. */
  private static List<ResourceDefinition<?>> definitions(WindowIdentifiers ids) {
    Objects.requireNonNull(ids, "ids");
    return List.of(
        GetMaintenanceWindowResultResource.DEFINITION.withMinter(ids.windows()),
        MaintenanceWindowTargetResource.DEFINITION.withMinter(ids.targets()),
        GetMaintenanceWindowTaskResultResource.DEFINITION.withMinter(ids.tasks()));
  }

  private static List<String> taskTypes() {
    List<String> types = new ArrayList<>(MaintenanceWindowTaskType.WIRE_VALUES);
    types.sort(null);
    return List.copyOf(types);
  }

  // Windows.

  @Override
  public CreateMaintenanceWindowResult createMaintenanceWindow(
      CreateMaintenanceWindowRequest request) {
    // Checked before anything is stored, with a placeholder id: the id is minted in the store.
    WindowSchedules.check(newGetMaintenanceWindowResult(request, "mw-00000000000000000"));
    return super.createMaintenanceWindow(request);
  }

  @Override
  protected GetMaintenanceWindowResult newGetMaintenanceWindowResult(
      CreateMaintenanceWindowRequest request, String windowId) {
    var now = clock.instant();
    return super.newGetMaintenanceWindowResult(request, windowId).toBuilder()
        .enabled(true)
        .createdDate(now)
        .modifiedDate(now)
        .build();
  }

  @Override
  public GetMaintenanceWindowResult getMaintenanceWindow(GetMaintenanceWindowRequest request) {
    GetMaintenanceWindowResult window = super.getMaintenanceWindow(request);
    return window.toBuilder()
        .nextExecutionTime(WindowSchedules.nextExecutionTime(window, clock.instant()))
        .build();
  }

  @Override
  public UpdateMaintenanceWindowResult updateMaintenanceWindow(
      UpdateMaintenanceWindowRequest request) {
    if (Boolean.TRUE.equals(request.replace())) {
      List<String> missing = new ArrayList<>();
      addIfNull(missing, "Name", request.name());
      addIfNull(missing, "Schedule", request.schedule());
      addIfNull(missing, "Duration", request.duration());
      addIfNull(missing, "Cutoff", request.cutoff());
      addIfNull(missing, "AllowUnassociatedTargets", request.allowUnassociatedTargets());
      if (!missing.isEmpty()) {
        throw new ValidationException(WindowMessages.replaceNeeds(String.join(", ", missing)));
      }
    }
    return super.updateMaintenanceWindow(request);
  }

  private static void addIfNull(List<String> missing, String member, Object value) {
    if (value == null) {
      missing.add(member);
    }
  }

  @Override
  protected GetMaintenanceWindowResult changedGetMaintenanceWindowResult(
      UpdateMaintenanceWindowRequest request,
      GetMaintenanceWindowResult current,
      GetMaintenanceWindowResult changed) {
    GetMaintenanceWindowResult.Builder window = changed.toBuilder();
    if (request.enabled() == null) {
      // Enabled is no Create member, so Replace does not clear it.
      window.enabled(current.enabled());
    }
    GetMaintenanceWindowResult updated = window.modifiedDate(clock.instant()).build();
    WindowSchedules.check(updated);
    return updated;
  }

  @Override
  public DeleteMaintenanceWindowResult deleteMaintenanceWindow(
      DeleteMaintenanceWindowRequest request) {
    try {
      return super.deleteMaintenanceWindow(request);
    } catch (DoesNotExistException alreadyGone) {
      // AWS declares no DoesNotExistException here: a missing window is the outcome asked for.
      return DeleteMaintenanceWindowResult.builder().windowId(request.windowId()).build();
    }
  }

  @Override
  protected ResourceQuery.Builder<GetMaintenanceWindowResult> describeMaintenanceWindowsQuery(
      DescribeMaintenanceWindowsRequest request) {
    ResourceQuery.Builder<GetMaintenanceWindowResult> query =
        super.describeMaintenanceWindowsQuery(request);
    WINDOW_FILTERS.apply(request.filters(), query);
    return query;
  }

  @Override
  protected MaintenanceWindowIdentity describeMaintenanceWindowsItem(
      GetMaintenanceWindowResult window) {
    return super.describeMaintenanceWindowsItem(window).toBuilder()
        .nextExecutionTime(WindowSchedules.nextExecutionTime(window, clock.instant()))
        .build();
  }

  // Targets.

  @Override
  public UpdateMaintenanceWindowTargetResult updateMaintenanceWindowTarget(
      UpdateMaintenanceWindowTargetRequest request) {
    if (Boolean.TRUE.equals(request.replace()) && request.targets() == null) {
      throw new ValidationException(WindowMessages.replaceNeeds("Targets"));
    }
    return super.updateMaintenanceWindowTarget(request);
  }

  @Override
  protected void checkDeregisterTargetFromMaintenanceWindow(
      DeregisterTargetFromMaintenanceWindowRequest request,
      Transaction tx,
      MaintenanceWindowTarget target) {
    if (Boolean.TRUE.equals(request.safe())) {
      taskUsing(tx, target)
          .ifPresent(
              task -> {
                throw new TargetInUseException(
                    WindowMessages.targetInUse(target.windowTargetId(), task.windowTaskId()));
              });
    }
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

  @Override
  protected ResourceQuery.Builder<MaintenanceWindowTarget> describeMaintenanceWindowTargetsQuery(
      DescribeMaintenanceWindowTargetsRequest request) {
    ResourceQuery.Builder<MaintenanceWindowTarget> query =
        super.describeMaintenanceWindowTargetsQuery(request);
    TARGET_FILTERS.apply(request.filters(), query);
    return query;
  }

  // Tasks.

  @Override
  protected GetMaintenanceWindowTaskResult newGetMaintenanceWindowTaskResult(
      RegisterTaskWithMaintenanceWindowRequest request, String windowTaskId) {
    GetMaintenanceWindowTaskResult task =
        super.newGetMaintenanceWindowTaskResult(request, windowTaskId);
    if (task.targets() != null && !task.targets().isEmpty()) {
      return task;
    }
    return task.toBuilder()
        .maxConcurrency(task.maxConcurrency() == null ? PLACEHOLDER_LIMIT : task.maxConcurrency())
        .maxErrors(task.maxErrors() == null ? PLACEHOLDER_LIMIT : task.maxErrors())
        .build();
  }

  @Override
  public UpdateMaintenanceWindowTaskResult updateMaintenanceWindowTask(
      UpdateMaintenanceWindowTaskRequest request) {
    if (Boolean.TRUE.equals(request.replace()) && request.taskArn() == null) {
      throw new ValidationException(WindowMessages.replaceNeeds("TaskArn"));
    }
    return super.updateMaintenanceWindowTask(request);
  }

  @Override
  protected ResourceQuery.Builder<GetMaintenanceWindowTaskResult>
      describeMaintenanceWindowTasksQuery(DescribeMaintenanceWindowTasksRequest request) {
    ResourceQuery.Builder<GetMaintenanceWindowTaskResult> query =
        super.describeMaintenanceWindowTasksQuery(request);
    TASK_FILTERS.apply(request.filters(), query);
    return query;
  }

  @Override
  protected MaintenanceWindowTask describeMaintenanceWindowTasksItem(
      GetMaintenanceWindowTaskResult task) {
    // The item's Type is the record's TaskType.
    return super.describeMaintenanceWindowTasksItem(task).toBuilder()
        .type(task.taskTypeAsString())
        .build();
  }

  // Lookups across windows.

  @Override
  public DescribeMaintenanceWindowsForTargetResult describeMaintenanceWindowsForTarget(
      DescribeMaintenanceWindowsForTargetRequest request) {
    return lookups.windowsForTarget(request);
  }

  @Override
  public DescribeMaintenanceWindowScheduleResult describeMaintenanceWindowSchedule(
      DescribeMaintenanceWindowScheduleRequest request) {
    return lookups.schedule(request);
  }
}
