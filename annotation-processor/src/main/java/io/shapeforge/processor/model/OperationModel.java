package io.shapeforge.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * An {@code @Operation}: what the dispatch, paginator and query engine stages build on.
 *
 * @param name the operation name (the spec interface's simple name)
 * @param specName the qualified name of the spec interface
 * @param specPackage the package the spec interface is in, whose {@code @Service} it belongs to
 * @param modelPackage where code generated for it goes
 * @param input the input class as written
 * @param output the output class as written
 * @param errors the listed errors as written, in order
 * @param pagination the {@code @Paginated} declaration, if any
 * @param query the {@code @Query} declaration, if any
 * @param doc the javadoc of the spec interface, if any
 */
public record OperationModel(
    String name,
    String specName,
    String specPackage,
    String modelPackage,
    TypeRef input,
    TypeRef output,
    List<TypeRef> errors,
    Optional<PaginationModel> pagination,
    Optional<QueryModel> query,
    Optional<String> doc) {

  public OperationModel {
    errors = List.copyOf(errors);
  }

  /** This operation answered by {@code declared}, a query declared apart from it. */
  public OperationModel withQuery(QueryModel declared) {
    return withQuery(Optional.of(declared));
  }

  /** This operation answered by {@code declared}, or by hand when it is empty. */
  public OperationModel withQuery(Optional<QueryModel> declared) {
    return new OperationModel(
        name,
        specName,
        specPackage,
        modelPackage,
        input,
        output,
        errors,
        pagination,
        declared,
        doc);
  }
}
