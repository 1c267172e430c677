package io.shapeforge.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The checked query operations of one {@code @Service}: what the table and dispatch writers need.
 * Its files span every query of the service, so they are aggregating outputs.
 *
 * @param service the service
 * @param operations its query operations, sorted by name
 */
public record QueryService(ServiceModel service, List<QueryOperation> operations) implements GeneratedSource {

  public QueryService {
    operations = List.copyOf(operations);
  }

  @Override
  public String specName() {
    return service.specPackage();
  }

  @Override
  public String modelPackage() {
    return service.modelPackage();
  }

  /**
   * The stored structures: every query record and scope parent, by spec name, each with the
   * queries that read it as record (empty for a parent only).
   */
  public Map<String, StoredShape> storedShapes() {
    Map<String, StructureShape> shapes = new TreeMap<>();
    Map<String, List<QueryOperation>> readers = new TreeMap<>();
    for (QueryOperation operation : operations) {
      shapes.put(operation.parent().ref().specName(), operation.parent());
      shapes.put(operation.record().ref().specName(), operation.record());
      readers.computeIfAbsent(operation.record().ref().specName(), name -> new ArrayList<>()).add(operation);
    }
    Map<String, StoredShape> stored = new TreeMap<>();
    shapes.forEach((name, shape) -> stored.put(name, new StoredShape(shape, readers.getOrDefault(name, List.of()))));
    return stored;
  }

  /**
   * A structure kept in a table.
   *
   * @param shape the structure
   * @param queries the operations whose record it is
   */
  public record StoredShape(StructureShape shape, List<QueryOperation> queries) implements GeneratedSource {

    public StoredShape {
      queries = List.copyOf(queries);
    }

    @Override
    public String specName() {
      return shape.ref().specName();
    }

    @Override
    public String modelPackage() {
      return shape.ref().modelPackage();
    }
  }
}
