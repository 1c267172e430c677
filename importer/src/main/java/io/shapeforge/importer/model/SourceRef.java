package io.shapeforge.importer.model;

/**
 * Where a shape, member or value was declared: a file name and a 1-based line ({@code 0} when the
 * format gives none). Model errors print it first, as compilers do.
 */
public record SourceRef(String file, int line) {
  /** For shapes that no file declares, such as Smithy's prelude. */
  public static final SourceRef NONE = new SourceRef("", 0);

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line : file;
  }
}
