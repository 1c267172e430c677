package io.shapeforge.samples.ssm.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapeforge.samples.ssm.imported.model.AmazonSsmQueries;
import io.shapeforge.samples.ssm.imported.model.AmazonSsmService;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The list of implemented operations that the startup line and {@code --help} count is the list of
 * operations with behaviour: the handlers of ImportedSsmBehaviour and its bases above the generated
 * queries (the generated window lifecycles among them), and the seed operation, which the generated
 * query answers.
 */
class ImportedSsmBehaviourTest {
  private static final String SEED = "DescribeMaintenanceWindowExecutionTasks";

  @Test
  void theImplementedListNamesExactlyTheOverriddenOperations() {
    Set<String> overridden = new TreeSet<>();
    // Up to the generated queries: the window lifecycles are generated in AmazonSsmResources and
    // completed in MaintenanceWindowHandlers, both between ImportedSsmBehaviour and the queries.
    for (Class<?> type = ImportedSsmBehaviour.class;
        type != AmazonSsmQueries.class;
        type = type.getSuperclass()) {
      for (Method method : type.getDeclaredMethods()) {
        String operation =
            Character.toUpperCase(method.getName().charAt(0)) + method.getName().substring(1);
        if (Modifier.isPublic(method.getModifiers())
            && AmazonSsmService.OPERATIONS.contains(operation)) {
          overridden.add(operation);
        }
      }
    }
    overridden.add(SEED);
    assertEquals(overridden, new TreeSet<>(ImportedSsmBehaviour.IMPLEMENTED));
    assertEquals(23, ImportedSsmBehaviour.IMPLEMENTED.size(), "no name twice");
    assertTrue(
        ImportedSsmBehaviour.IMPLEMENTED.stream()
            .allMatch(name -> name.contains("MaintenanceWindow")),
        "the family, and nothing else");
  }
}
