package io.shapeforge.processor.model;

import java.util.List;

/**
 * Everything one processing round read from the spec.
 *
 * @param shapes structures and enums, sorted by spec name
 * @param operations sorted by spec name
 * @param services the {@code @Service} packages seen, sorted by package
 * @param queries the {@code @Query} declarations apart from their operation, sorted by the name of
 *     the type that carries each
 */
public record SpecModel(
    List<ShapeModel> shapes,
    List<OperationModel> operations,
    List<ServiceModel> services,
    List<QueryDeclaration> queries) {

  public SpecModel {
    shapes = List.copyOf(shapes);
    operations = List.copyOf(operations);
    services = List.copyOf(services);
    queries = List.copyOf(queries);
  }

  /** A spec with no query declared apart from its operation. */
  public SpecModel(
      List<ShapeModel> shapes, List<OperationModel> operations, List<ServiceModel> services) {
    this(shapes, operations, services, List.of());
  }

  /** This spec with {@code replaced} as its operations. */
  public SpecModel withOperations(List<OperationModel> replaced) {
    return new SpecModel(shapes, replaced, services, queries);
  }
}
