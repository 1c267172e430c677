package io.shapeforge.processor.model;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A {@code @Structure}: a model class and its validator, or an exception when it is an error. A
 * {@code @Union} is read into the same record: members like a structure's, of which a value sets
 * exactly one.
 *
 * @param ref its names
 * @param doc the javadoc of the spec interface, if any
 * @param members in declaration order
 * @param error present for an {@code @ErrorShape}
 * @param isInterface whether the spec type is an interface, as the language requires
 * @param isStructure whether it carries {@code @Structure}, as an {@code @ErrorShape} must too
 * @param traits whether it is a union, sensitive or deprecated
 */
public record StructureShape(
    ShapeRef ref,
    Optional<String> doc,
    List<MemberModel> members,
    Optional<ErrorTrait> error,
    boolean isInterface,
    boolean isStructure,
    ShapeTraits traits)
    implements ShapeModel {

  public StructureShape {
    members = List.copyOf(members);
  }

  /** A plain structure. */
  public StructureShape(
      ShapeRef ref,
      Optional<String> doc,
      List<MemberModel> members,
      Optional<ErrorTrait> error,
      boolean isInterface,
      boolean isStructure) {
    this(ref, doc, members, error, isInterface, isStructure, ShapeTraits.NONE);
  }

  /**
   * This structure with exactly the members named in {@code key} as its identifiers: the key a
   * query declares for a shape that carries no {@code @Identifier}, such as an imported one.
   */
  public StructureShape withIdentifiers(Collection<String> key) {
    List<MemberModel> keyed =
        members.stream().map(member -> member.withIdentifier(key.contains(member.name()))).toList();
    return new StructureShape(ref, doc, keyed, error, isInterface, isStructure, traits);
  }

  /** Whether this is a {@code @Union}. */
  public boolean isUnion() {
    return traits.union();
  }
}
