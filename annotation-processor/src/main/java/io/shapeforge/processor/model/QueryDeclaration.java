package io.shapeforge.processor.model;

/**
 * A {@code @Query} on a type of the user's own that names the operation it answers with {@code
 * operation = X.class}, so that behaviour stays apart from an imported spec which every import
 * overwrites. The check stage attaches it to that operation.
 *
 * @param query the declaration as written; its {@link QueryModel#operation()} is present
 * @param namesOperation whether the named class carries {@code @Operation}
 */
public record QueryDeclaration(QueryModel query, boolean namesOperation) {

  /** The qualified name of the type carrying the declaration. */
  public String specName() {
    return query.declaredOn();
  }

  /** The qualified name of the operation it names. */
  public String operation() {
    return query.operation().orElseThrow();
  }
}
