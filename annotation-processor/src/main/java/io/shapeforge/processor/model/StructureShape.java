package io.shapeforge.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * A {@code @Structure}: a model class and its validator, or an exception when it is an error.
 *
 * @param ref its names
 * @param doc the javadoc of the spec interface, if any
 * @param members in declaration order
 * @param error present for an {@code @ErrorShape}
 * @param isInterface whether the spec type is an interface, as the language requires
 * @param isStructure whether it carries {@code @Structure}, as an {@code @ErrorShape} must too
 */
public record StructureShape(
    ShapeRef ref,
    Optional<String> doc,
    List<MemberModel> members,
    Optional<ErrorTrait> error,
    boolean isInterface,
    boolean isStructure)
    implements ShapeModel {

  public StructureShape {
    members = List.copyOf(members);
  }
}
