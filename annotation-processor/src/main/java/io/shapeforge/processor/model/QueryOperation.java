package io.shapeforge.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * A checked {@code @Query} operation with every shape it names resolved: what the query and filter
 * writers need, and nothing javac-specific.
 *
 * @param operation the operation
 * @param pagination its {@code @Paginated}
 * @param query its {@code @Query} as written
 * @param input the input structure
 * @param output the output structure
 * @param record the stored record structure
 * @param parent the scope's parent structure
 * @param notFound the error raised for an unknown parent
 * @param filterElement the element structure of the input's filter list, absent without filters
 * @param filters the filter keys, resolved
 */
public record QueryOperation(
    OperationModel operation,
    PaginationModel pagination,
    QueryModel query,
    StructureShape input,
    StructureShape output,
    StructureShape record,
    StructureShape parent,
    ShapeRef notFound,
    Optional<StructureShape> filterElement,
    List<QueryFilter> filters)
    implements GeneratedSource {

  public QueryOperation {
    filters = List.copyOf(filters);
  }

  @Override
  public String specName() {
    return operation.specName();
  }

  @Override
  public String modelPackage() {
    return operation.modelPackage();
  }

  /** The member of {@code shape} named {@code name}; the check stage made sure it exists. */
  public static MemberModel member(StructureShape shape, String name) {
    return shape.members().stream()
        .filter(m -> m.name().equals(name))
        .findFirst()
        .orElseThrow(
            () -> new IllegalStateException(shape.ref().simpleName() + " has no member " + name));
  }
}
