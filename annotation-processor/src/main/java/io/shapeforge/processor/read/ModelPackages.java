package io.shapeforge.processor.read;

import io.shapeforge.processor.model.ServiceModel;
import io.shapeforge.spec.Protocol;
import io.shapeforge.spec.Service;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.PackageElement;

/**
 * Decides where the code for a spec package goes: {@code @Service(modelPackage = ...)} if set, else
 * the sibling package {@code model} ({@code a.b.spec} generates into {@code a.b.model}; a top-level
 * spec package into {@code model}).
 */
public final class ModelPackages {

  private final Mirrors mirrors;
  private final Map<String, String> cache = new HashMap<>();

  public ModelPackages(Mirrors mirrors) {
    this.mirrors = mirrors;
  }

  /** The model package for the given spec package. */
  public String of(PackageElement specPackage) {
    return cache.computeIfAbsent(
        specPackage.getQualifiedName().toString(),
        name ->
            service(specPackage).map(ServiceModel::modelPackage).orElseGet(() -> sibling(name)));
  }

  /** The {@code @Service} on a package, if any. */
  public Optional<ServiceModel> service(PackageElement specPackage) {
    String name = specPackage.getQualifiedName().toString();
    return Mirrors.find(specPackage, Service.class)
        .map(
            mirror -> {
              String explicit = mirrors.string(mirror, "modelPackage");
              return new ServiceModel(
                  name,
                  mirrors.string(mirror, "name"),
                  mirrors.string(mirror, "targetPrefix"),
                  Protocol.valueOf(mirrors.enumName(mirror, "protocol")),
                  explicit.isEmpty() ? sibling(name) : explicit);
            });
  }

  /** The sibling package {@code model} of {@code specPackage}. */
  public static String sibling(String specPackage) {
    int dot = specPackage.lastIndexOf('.');
    return dot < 0 ? "model" : specPackage.substring(0, dot) + ".model";
  }
}
