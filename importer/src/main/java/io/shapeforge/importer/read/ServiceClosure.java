package io.shapeforge.importer.read;

import io.shapeforge.importer.ImportMessages;
import io.shapeforge.importer.ModelProblem;
import io.shapeforge.importer.model.ListDef;
import io.shapeforge.importer.model.MapDef;
import io.shapeforge.importer.model.MemberDef;
import io.shapeforge.importer.model.OperationDef;
import io.shapeforge.importer.model.ShapeDef;
import io.shapeforge.importer.model.SourceRef;
import io.shapeforge.importer.model.StructureDef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The shapes a service's operations reach: inputs, outputs and errors, and everything their members
 * target, transitively. Both readers use it, so both imports hold the same set.
 */
final class ServiceClosure {
  private ServiceClosure() {}

  /** The reachable shapes by name; a reference to an undefined shape is a problem. */
  static SortedMap<String, ShapeDef> of(
      List<OperationDef> operations, Map<String, ShapeDef> all, List<ModelProblem> problems) {
    SortedMap<String, ShapeDef> reached = new TreeMap<>();
    Deque<Reference> pending = new ArrayDeque<>();
    for (OperationDef operation : operations) {
      List<String> roots = new ArrayList<>();
      roots.add(operation.input());
      roots.add(operation.output());
      roots.addAll(operation.errors());
      for (String root : roots) {
        pending.add(new Reference(root, operation.name(), operation.source()));
      }
    }
    while (!pending.isEmpty()) {
      Reference reference = pending.poll();
      if (reached.containsKey(reference.target)) {
        continue;
      }
      ShapeDef shape = all.get(reference.target);
      if (shape == null) {
        problems.add(
            new ModelProblem(
                reference.source,
                ImportMessages.format(
                    ImportMessages.MISSING_SHAPE, reference.from, reference.target)));
        continue;
      }
      reached.put(reference.target, shape);
      for (MemberDef member : membersOf(shape)) {
        pending.add(
            new Reference(member.target(), shape.name() + "$" + member.name(), member.source()));
      }
    }
    return reached;
  }

  private record Reference(String target, String from, SourceRef source) {}

  private static List<MemberDef> membersOf(ShapeDef shape) {
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
