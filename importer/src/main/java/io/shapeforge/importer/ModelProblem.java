package io.shapeforge.importer;

import io.shapeforge.importer.model.SourceRef;

/** One error in a model, with where it is. Printed as {@code file:line: error: message}. */
public record ModelProblem(SourceRef source, String message) {
  @Override
  public String toString() {
    String where = source.toString();
    return (where.isEmpty() ? "" : where + ": ") + "error: " + message;
  }
}
