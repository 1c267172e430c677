package io.shapeforge.importer.model;

/** The simple shape kinds of Smithy, each with one member type in the spec language. */
public enum ScalarKind {
  STRING,
  BOOLEAN,
  BYTE,
  SHORT,
  INTEGER,
  LONG,
  FLOAT,
  DOUBLE,
  BIG_INTEGER,
  BIG_DECIMAL,
  BLOB,
  TIMESTAMP,
  DOCUMENT;

  /** Whether {@code range} applies. */
  public boolean numeric() {
    return switch (this) {
      case BYTE, SHORT, INTEGER, LONG, FLOAT, DOUBLE, BIG_INTEGER, BIG_DECIMAL -> true;
      default -> false;
    };
  }
}
