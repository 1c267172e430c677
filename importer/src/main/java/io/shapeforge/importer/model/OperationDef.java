package io.shapeforge.importer.model;

import java.util.List;

/**
 * An operation of the service.
 *
 * @param input the input structure's name; never null (a reader synthesises an empty structure for
 *     Smithy's {@code Unit})
 * @param errors the error shapes, in model order
 * @param pagination {@code @paginated}, or {@code null}
 */
public record OperationDef(
    String name,
    SourceRef source,
    Documentation documentation,
    String input,
    String output,
    List<String> errors,
    PaginationDef pagination) {
  public OperationDef {
    errors = List.copyOf(errors);
  }
}
