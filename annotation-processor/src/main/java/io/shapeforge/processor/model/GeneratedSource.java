package io.shapeforge.processor.model;

/** Something a generated file is written for: a shape, an operation or a service. */
public interface GeneratedSource {

  /** The qualified name of the spec element (type or package) it comes from. */
  String specName();

  /** The package the generated file goes to. */
  String modelPackage();
}
