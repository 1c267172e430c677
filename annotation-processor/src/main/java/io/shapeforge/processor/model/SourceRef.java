package io.shapeforge.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where something is in the spec, without javac: a spec type, optionally one of its members (or
 * enum constants), and a path through that member's type arguments ({@code [1]} is a map's value
 * type, {@code [1, 0]} the element type of a list that is that value). The check stage places its
 * diagnostics with it; the processor turns it back into javac elements only to print them.
 *
 * @param typeName the qualified name of the spec type
 * @param member the member or enum constant, if the place is inside one
 * @param typeArguments the type argument indices from the member's type, outermost first
 */
public record SourceRef(String typeName, Optional<String> member, List<Integer> typeArguments) {

  public SourceRef {
    typeArguments = List.copyOf(typeArguments);
  }

  /** A spec type. */
  public static SourceRef ofType(String typeName) {
    return new SourceRef(typeName, Optional.empty(), List.of());
  }

  /** The member or enum constant {@code name} of this type. */
  public SourceRef member(String name) {
    return new SourceRef(typeName, Optional.of(name), List.of());
  }

  /** The type argument {@code index} of the type at this place. */
  public SourceRef typeArgument(int index) {
    List<Integer> path = new ArrayList<>(typeArguments);
    path.add(index);
    return new SourceRef(typeName, member, path);
  }
}
