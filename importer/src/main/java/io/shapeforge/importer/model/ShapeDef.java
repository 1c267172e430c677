package io.shapeforge.importer.model;

/** One named shape of a model. */
public sealed interface ShapeDef
    permits ScalarDef, ListDef, MapDef, StructureDef, EnumDef, IntEnumDef {
  /** The shape name, without namespace. */
  String name();

  /** Where the model declares it. */
  SourceRef source();

  /** Its documentation and deprecation. */
  Documentation documentation();

  /** Whether the shape itself is {@code @sensitive}. */
  boolean sensitive();
}
