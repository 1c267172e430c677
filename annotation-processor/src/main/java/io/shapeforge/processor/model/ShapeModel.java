package io.shapeforge.processor.model;

/** A shape that gets generated code: a structure (model, validator or exception) or an enum. */
public sealed interface ShapeModel permits StructureShape, EnumShapeModel {

  /** Its names. */
  ShapeRef ref();
}
