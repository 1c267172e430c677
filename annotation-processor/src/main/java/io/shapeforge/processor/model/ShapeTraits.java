package io.shapeforge.processor.model;

/**
 * What a structure's declaration adds besides {@code @ErrorShape}: its traits, and the facts about
 * its Java form that the check stage judges.
 *
 * @param union whether it is a {@code @Union}
 * @param sensitive {@code @Sensitive} on the shape: no member value shows in {@code toString()}
 * @param deprecated Java's {@code @Deprecated} on the spec type
 * @param inherits whether the spec interface extends another or declares type parameters (members
 *     would be lost)
 * @param sealed whether the spec interface is sealed (someone reaching for a union)
 */
public record ShapeTraits(
    boolean union, boolean sensitive, boolean deprecated, boolean inherits, boolean sealed) {
  /** A plain structure. */
  public static final ShapeTraits NONE = new ShapeTraits(false, false, false, false, false);
}
