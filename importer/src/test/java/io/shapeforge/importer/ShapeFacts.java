package io.shapeforge.importer;

import io.shapeforge.importer.model.Constraints;
import io.shapeforge.importer.model.EnumDef;
import io.shapeforge.importer.model.IntEnumDef;
import io.shapeforge.importer.model.ListDef;
import io.shapeforge.importer.model.MapDef;
import io.shapeforge.importer.model.MemberDef;
import io.shapeforge.importer.model.OperationDef;
import io.shapeforge.importer.model.ScalarDef;
import io.shapeforge.importer.model.ServiceDef;
import io.shapeforge.importer.model.ShapeDef;
import io.shapeforge.importer.model.StructureDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a shape or operation means for the wire and for validation, as comparable text: kind,
 * members with their targets, required and member constraints, constraints, enum values, error
 * traits, sensitivity, collection traits, pagination. Documentation and {@code @default} are left
 * out: the JSON service model has no defaults (the Smithy rendering derives them from Smithy 1.0's
 * boxing, and 47 of its member defaults are {@code null}), and AWS words documentation differently
 * between renderings.
 *
 * <p>Patterns are kept apart (see {@link #patterns}) because they are the one expected difference.
 */
final class ShapeFacts {
  private ShapeFacts() {}

  /** Each shape's and operation's facts, patterns left out. */
  static Map<String, String> of(ServiceDef service) {
    Map<String, String> facts = new TreeMap<>();
    for (ShapeDef shape : service.shapes().values()) {
      facts.put(shape.name(), shape(shape));
    }
    for (OperationDef operation : service.operations()) {
      facts.put(
          "operation " + operation.name(),
          "input="
              + operation.input()
              + " output="
              + operation.output()
              + " errors="
              + new java.util.TreeSet<>(operation.errors())
              + " paginated="
              + operation.pagination());
    }
    return facts;
  }

  /** Each pattern by where it applies: {@code Shape} or {@code Shape$member}. */
  static Map<String, String> patterns(ServiceDef service) {
    Map<String, String> patterns = new TreeMap<>();
    for (ShapeDef shape : service.shapes().values()) {
      if (shape instanceof ScalarDef scalar && scalar.constraints().pattern() != null) {
        patterns.put(shape.name(), scalar.constraints().pattern());
      }
      for (MemberDef member : members(shape)) {
        if (member.constraints().pattern() != null) {
          patterns.put(shape.name() + "$" + member.name(), member.constraints().pattern());
        }
      }
    }
    return patterns;
  }

  private static String shape(ShapeDef shape) {
    String common = " sensitive=" + shape.sensitive();
    if (shape instanceof ScalarDef scalar) {
      return "scalar "
          + scalar.kind()
          + " "
          + constraints(scalar.constraints())
          + common
          + " timestampFormat="
          + scalar.timestampFormat();
    } else if (shape instanceof ListDef list) {
      return "list of "
          + member(list.member())
          + " "
          + constraints(list.constraints())
          + common
          + " sparse="
          + list.sparse()
          + " unique="
          + list.uniqueItems();
    } else if (shape instanceof MapDef map) {
      return "map "
          + member(map.key())
          + " -> "
          + member(map.value())
          + " "
          + constraints(map.constraints())
          + common
          + " sparse="
          + map.sparse();
    } else if (shape instanceof EnumDef enumShape) {
      List<String> values = new ArrayList<>();
      enumShape.values().forEach(v -> values.add(v.value()));
      return "enum " + values + common;
    } else if (shape instanceof IntEnumDef intEnum) {
      List<String> values = new ArrayList<>();
      intEnum.values().forEach(v -> values.add(v.name() + "=" + v.value()));
      return "intEnum " + values + common;
    }
    StructureDef structure = (StructureDef) shape;
    List<String> members = new ArrayList<>();
    structure.members().forEach(m -> members.add(member(m)));
    return (structure.union() ? "union " : "structure ")
        + members
        + " error="
        + structure.error()
        + common;
  }

  /**
   * What differs between two readings of one shape or operation, briefly: members, enum values or
   * errors that only one has; the whole facts otherwise.
   */
  static String delta(ServiceDef json, ServiceDef smithy, String key) {
    if (key.startsWith("operation ")) {
      String name = key.substring("operation ".length());
      OperationDef a =
          json.operations().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
      OperationDef b =
          smithy.operations().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
      String errors = sides(a.errors(), b.errors());
      String pages =
          java.util.Objects.equals(a.pagination(), b.pagination())
              ? ""
              : " pagination " + a.pagination() + " / " + b.pagination();
      return (errors.isEmpty() ? "" : "errors " + errors) + pages;
    }
    ShapeDef a = json.shape(key);
    ShapeDef b = smithy.shape(key);
    if (a instanceof StructureDef x && b instanceof StructureDef y) {
      List<String> left = new ArrayList<>();
      List<String> right = new ArrayList<>();
      x.members().forEach(m -> left.add(member(m)));
      y.members().forEach(m -> right.add(member(m)));
      return "members " + sides(left, right);
    } else if (a instanceof EnumDef x && b instanceof EnumDef y) {
      List<String> left = new ArrayList<>();
      List<String> right = new ArrayList<>();
      x.values().forEach(v -> left.add(v.value()));
      y.values().forEach(v -> right.add(v.value()));
      return "values " + sides(left, right);
    }
    return shape(a) + " / " + shape(b);
  }

  /** {@code only in JSON [..], only in Smithy [..]}. */
  private static String sides(List<String> json, List<String> smithy) {
    List<String> onlyJson = new ArrayList<>(json);
    onlyJson.removeAll(smithy);
    List<String> onlySmithy = new ArrayList<>(smithy);
    onlySmithy.removeAll(json);
    return onlyJson.isEmpty() && onlySmithy.isEmpty()
        ? ""
        : "only in JSON " + onlyJson + ", only in Smithy " + onlySmithy;
  }

  private static String member(MemberDef member) {
    return member.name()
        + ":"
        + member.target()
        + (member.required() ? " required" : "")
        + (member.idempotencyToken() ? " idempotencyToken" : "")
        + (member.sensitive() ? " sensitive" : "")
        + (member.jsonName() != null ? " jsonName=" + member.jsonName() : "")
        + (member.timestampFormat() != null ? " " + member.timestampFormat() : "")
        + (member.constraints().any() ? " " + constraints(member.constraints()) : "");
  }

  private static String constraints(Constraints constraints) {
    return new Constraints(
            constraints.minLength(),
            constraints.maxLength(),
            constraints.rangeMin(),
            constraints.rangeMax(),
            null)
        .toString();
  }

  private static List<MemberDef> members(ShapeDef shape) {
    if (shape instanceof StructureDef structure) {
      return structure.members();
    } else if (shape instanceof ListDef list) {
      return List.of(list.member());
    } else if (shape instanceof MapDef map) {
      return List.of(map.key(), map.value());
    }
    return List.of();
  }
}
