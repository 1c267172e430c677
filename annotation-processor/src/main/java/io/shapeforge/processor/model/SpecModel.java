package io.shapeforge.processor.model;

import java.util.List;

/**
 * Everything one processing round read from the spec.
 *
 * @param shapes structures and enums, sorted by spec name
 * @param operations sorted by spec name
 * @param services the {@code @Service} packages seen, sorted by package
 */
public record SpecModel(
    List<ShapeModel> shapes, List<OperationModel> operations, List<ServiceModel> services) {

  public SpecModel {
    shapes = List.copyOf(shapes);
    operations = List.copyOf(operations);
    services = List.copyOf(services);
  }
}
