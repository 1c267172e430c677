package io.shapeforge.samples.ssm.emulator;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecution;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds members of a seed that no model declares, such as {@code WindowExecutionID} for {@code
 * WindowExecutionId}. The generated models ignore unknown members, as an AWS service must for newer
 * clients; a hand-written seed with a typo should instead be told.
 *
 * <p>The wire names come from the models' own Jackson annotations, read once per type.
 */
final class UnknownSeedMembers {
  private static final ObjectMapper INTROSPECTION = new ObjectMapper();
  private static final String MODEL_PACKAGE = MaintenanceWindowExecution.class.getPackageName();
  private static final String IMPORTED_MODEL_PACKAGE =
      io.shapeforge.samples.ssm.imported.model.GetMaintenanceWindowResult.class.getPackageName();

  private UnknownSeedMembers() {}

  /** Adds an error for each unknown member of {@code document}, read as a {@link SeedDocument}. */
  static void find(JsonNode document, List<String> errors) {
    find(document, INTROSPECTION.constructType(SeedDocument.class), "$", errors);
  }

  private static void find(JsonNode node, JavaType type, String path, List<String> errors) {
    if (node == null || node.isNull()) {
      return;
    }
    if (type.isCollectionLikeType() && node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        find(node.get(i), type.getContentType(), path + "[" + i + "]", errors);
      }
      return;
    }
    if (!node.isObject() || !isStructure(type.getRawClass())) {
      return;
    }
    Map<String, JavaType> members = membersOf(type);
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      JavaType memberType = members.get(field.getKey());
      if (memberType == null) {
        errors.add(
            path
                + "."
                + field.getKey()
                + ": unknown member; "
                + type.getRawClass().getSimpleName()
                + " has "
                + String.join(", ", members.keySet()));
      } else {
        find(field.getValue(), memberType, path + "." + field.getKey(), errors);
      }
    }
  }

  private static boolean isStructure(Class<?> type) {
    return type == SeedDocument.class
        || ((type.getPackageName().equals(MODEL_PACKAGE)
                || type.getPackageName().equals(IMPORTED_MODEL_PACKAGE))
            && !type.isEnum());
  }

  private static Map<String, JavaType> membersOf(JavaType type) {
    BeanDescription bean = INTROSPECTION.getSerializationConfig().introspect(type);
    Map<String, JavaType> members = new LinkedHashMap<>();
    for (BeanPropertyDefinition property : bean.findProperties()) {
      if (property.couldSerialize()) {
        members.put(property.getName(), property.getPrimaryType());
      }
    }
    return members;
  }
}
