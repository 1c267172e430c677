package io.shapeforge.processor.model;

import java.util.List;

/**
 * The checked resources of one service, parents first: what its handler base is written from.
 *
 * @param service the service
 * @param resources its resources, parents before children
 * @param withQueries whether the service also has {@code @Query} operations, whose handler base
 *     {@code <Service>Queries} the resources' base then extends, so that a dispatcher takes one
 */
public record ServiceResources(
    ServiceModel service, List<ResourceSpec> resources, boolean withQueries)
    implements GeneratedSource {

  public ServiceResources {
    resources = List.copyOf(resources);
  }

  @Override
  public String specName() {
    return service.specPackage();
  }

  @Override
  public String modelPackage() {
    return service.modelPackage();
  }
}
