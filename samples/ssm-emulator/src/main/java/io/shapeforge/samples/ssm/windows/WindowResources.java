package io.shapeforge.samples.ssm.windows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shapeforge.runtime.resource.ResourceDefinition;
import io.shapeforge.runtime.store.Key;
import io.shapeforge.samples.ssm.imported.model.DoesNotExistException;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowResult;
import io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowTaskResult;
import io.shapeforge.samples.ssm.imported.model.IdempotentParameterMismatch;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowTarget;
import java.util.List;

/**
 * The three maintenance-window resources as {@link ResourceDefinition}s: a window ({@code mw-} and
 * 17 hex digits, as the API's pattern {@code ^mw-[0-9a-f]{17}$} requires), and the targets and
 * tasks under it (UUIDs, as {@code WindowTargetId} and {@code WindowTaskId} are). Deleting a window
 * deletes its targets and tasks, as AWS does. One set per {@link MaintenanceWindowOperations}, so
 * that each emulator mints ids its own way ({@link WindowIdentifiers}).
 */
final class WindowResources {
  final ResourceDefinition<GetMaintenanceWindowResult> window;
  final ResourceDefinition<MaintenanceWindowTarget> target;
  final ResourceDefinition<GetMaintenanceWindowTaskResult> task;

  /** Definitions whose new ids come from {@code ids}. */
  WindowResources(WindowIdentifiers ids) {
    window =
        ResourceDefinition.builder("MaintenanceWindow", MaintenanceWindowTables.WINDOWS)
            .minter(ids.windows())
            .notFound(key -> new DoesNotExistException(WindowMessages.windowNotFound(id(key, 0))))
            .idempotencyMismatch(
                () -> new IdempotentParameterMismatch(WindowMessages.IDEMPOTENT_MISMATCH))
            .build();
    target =
        ResourceDefinition.builder("MaintenanceWindowTarget", MaintenanceWindowTables.TARGETS)
            .parent(window)
            .minter(ids.targets())
            .notFound(
                key ->
                    new DoesNotExistException(
                        WindowMessages.targetNotFound(id(key, 0), id(key, 1))))
            .idempotencyMismatch(
                () -> new IdempotentParameterMismatch(WindowMessages.IDEMPOTENT_MISMATCH))
            .build();
    task =
        ResourceDefinition.builder("MaintenanceWindowTask", MaintenanceWindowTables.TASKS)
            .parent(window)
            .minter(ids.tasks())
            .notFound(
                key ->
                    new DoesNotExistException(WindowMessages.taskNotFound(id(key, 0), id(key, 1))))
            .idempotencyMismatch(
                () -> new IdempotentParameterMismatch(WindowMessages.IDEMPOTENT_MISMATCH))
            .build();
  }

  /** The three definitions, parent first, as a resource store takes them. */
  List<ResourceDefinition<?>> all() {
    return List.of(window, target, task);
  }

  /**
   * Canonical JSON of create parameters: sorted map entries, so one request sent twice with its map
   * members in another order is still the same request.
   */
  private static final ObjectMapper CANONICAL =
      JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

  private static String id(Key key, int index) {
    return (String) key.get(index);
  }

  /**
   * The bytes a client token's parameters are compared by: the request's JSON without its {@code
   * ClientToken}. (Clearing the member on the model would not do: an idempotency token is filled
   * with a fresh UUID whenever it is absent.)
   */
  static byte[] parameters(Object request) {
    try {
      ObjectNode json = CANONICAL.valueToTree(request);
      json.remove("ClientToken");
      return CANONICAL.writeValueAsBytes(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a generated model always writes as JSON", e);
    }
  }
}
