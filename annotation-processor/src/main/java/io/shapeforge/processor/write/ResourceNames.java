package io.shapeforge.processor.write;

import com.palantir.javapoet.ClassName;
import io.shapeforge.processor.model.ResourceSpec;
import io.shapeforge.processor.model.ServiceResources;

/** The names of the files and members written for {@code @Resource} declarations. */
final class ResourceNames {

  private ResourceNames() {}

  /** {@code <Record>Resource}: the table and definition of one resource. */
  static ClassName resource(ResourceSpec resource) {
    return ClassName.get(
        resource.modelPackage(), resource.record().ref().simpleName() + "Resource");
  }

  /** {@code <Service>Resources}: the handler base of a service's resources. */
  static ClassName resources(ServiceResources service) {
    return ClassName.get(
        service.modelPackage(), QueryNames.servicePrefix(service.service().name()) + "Resources");
  }

  /** {@code <Service>Queries}, which the handler base extends when the service has queries. */
  static ClassName queries(ServiceResources service) {
    return ClassName.get(
        service.modelPackage(), QueryNames.servicePrefix(service.service().name()) + "Queries");
  }

  /** {@code <Service>Handler}, which the handler base implements. */
  static ClassName handler(ServiceResources service) {
    return ClassName.get(
        service.modelPackage(), QueryNames.servicePrefix(service.service().name()) + "Handler");
  }

  /** The hook that builds a new record: {@code newOrder}. */
  static String newRecordMethod(ResourceSpec resource) {
    return "new" + resource.record().ref().simpleName();
  }

  /** The hook an update's change passes through: {@code changedOrder}. */
  static String changedRecordMethod(ResourceSpec resource) {
    return "changed" + resource.record().ref().simpleName();
  }

  /** A local variable for the record: {@code order}. */
  static String recordVariable(ResourceSpec resource) {
    String name = resource.record().ref().simpleName();
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
