package io.shapeforge.processor.model;

/**
 * What a structure's annotations add besides {@code @ErrorShape}.
 *
 * @param union whether it is a {@code @Union}
 * @param sensitive {@code @Sensitive} on the shape: no member value shows in {@code toString()}
 * @param deprecated Java's {@code @Deprecated} on the spec type
 */
public record ShapeTraits(boolean union, boolean sensitive, boolean deprecated) {
  /** A plain structure. */
  public static final ShapeTraits NONE = new ShapeTraits(false, false, false);
}
