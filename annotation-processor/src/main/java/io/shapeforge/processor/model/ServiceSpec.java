package io.shapeforge.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One {@code @Service} with every checked operation it owns, each of a kind: a query, whose
 * behaviour Shapeforge generates, or behaviour supplied by hand through the generated handler
 * interface. What the handler, table and dispatch writers need. Its files span every operation of
 * the service, so they are aggregating outputs.
 *
 * @param service the service
 * @param operations every valid operation of the service, sorted by name
 * @param queries those of {@code operations} that are sound queries, resolved, sorted by name
 */
public record ServiceSpec(
    ServiceModel service, List<OperationModel> operations, List<QueryOperation> queries)
    implements GeneratedSource {

  public ServiceSpec {
    operations = List.copyOf(operations);
    queries = List.copyOf(queries);
  }

  /** The query whose behaviour is generated for {@code operation}, if it is one. */
  public java.util.Optional<QueryOperation> queryOf(OperationModel operation) {
    return queries.stream()
        .filter(query -> query.specName().equals(operation.specName()))
        .findFirst();
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
   * The stored structures: every query record and scope parent, by spec name, each with the queries
   * that read it as record (empty for a parent only).
   */
  public Map<String, StoredShape> storedShapes() {
    Map<String, StructureShape> shapes = new TreeMap<>();
    Map<String, List<QueryOperation>> readers = new TreeMap<>();
    for (QueryOperation operation : queries) {
      shapes.put(operation.parent().ref().specName(), operation.parent());
      shapes.put(operation.record().ref().specName(), operation.record());
      readers
          .computeIfAbsent(operation.record().ref().specName(), name -> new ArrayList<>())
          .add(operation);
    }
    Map<String, StoredShape> stored = new TreeMap<>();
    shapes.forEach(
        (name, shape) ->
            stored.put(name, new StoredShape(shape, readers.getOrDefault(name, List.of()))));
    return stored;
  }

  /**
   * A structure kept in a table.
   *
   * @param shape the structure
   * @param queries the operations whose record it is
   */
  public record StoredShape(StructureShape shape, List<QueryOperation> queries)
      implements GeneratedSource {

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
