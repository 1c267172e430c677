package io.shapeforge.processor.model;

/** A shape that gets generated code: a structure (model, validator or exception) or an enum. */
public sealed interface ShapeModel extends GeneratedSource permits StructureShape, EnumShapeModel {

  /** Its names. */
  ShapeRef ref();

  @Override
  default String specName() {
    return ref().specName();
  }

  @Override
  default String modelPackage() {
    return ref().modelPackage();
  }
}
