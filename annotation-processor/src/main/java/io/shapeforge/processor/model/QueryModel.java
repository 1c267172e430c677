package io.shapeforge.processor.model;

import io.shapeforge.spec.FilterOp;
import io.shapeforge.spec.OrderBy;
import java.util.List;
import java.util.Optional;

/**
 * An operation's {@code @Query} declaration, as written (not checked yet): on the
 * {@code @Operation} itself, or apart from it on a type of the user's own that names the operation.
 *
 * @param declaredOn the qualified name of the type carrying the {@code @Query}; diagnostics about
 *     its values go there
 * @param operation the qualified name of the operation it names with {@code operation = X.class},
 *     empty when left out
 * @param record the stored record structure
 * @param key the record members declared as its primary key, empty when left to {@code @Identifier}
 * @param defaultPageSize the page size when none is sent, {@code 0} when left to {@code @Paginated}
 * @param scope the parent every result belongs to
 * @param filters the filter keys a caller may send
 * @param orderBy the order of results
 * @param filtersMember the input member with the filter list
 * @param filterKeyMember the filter element's key member
 * @param filterValuesMember the filter element's values member
 */
public record QueryModel(
    String declaredOn,
    Optional<String> operation,
    TypeRef record,
    List<String> key,
    int defaultPageSize,
    Scope scope,
    List<FilterKey> filters,
    List<Order> orderBy,
    String filtersMember,
    String filterKeyMember,
    String filterValuesMember) {

  public QueryModel {
    key = List.copyOf(key);
    filters = List.copyOf(filters);
    orderBy = List.copyOf(orderBy);
  }

  /** Whether it sits apart from its operation, on a type that names it. */
  public boolean isApart() {
    return operation.isPresent();
  }

  /**
   * See {@link io.shapeforge.spec.Scope}.
   *
   * @param parentKey the parent member declared as its primary key, empty when left to
   *     {@code @Identifier}
   */
  public record Scope(
      String requestMember,
      String recordMember,
      TypeRef parent,
      String parentKey,
      TypeRef notFound,
      String notFoundMessage) {}

  /**
   * See {@link io.shapeforge.spec.FilterKey}.
   *
   * @param allowedEnum the enum shape of allowed values, or {@code null} when none is given
   */
  public record FilterKey(
      String name, String member, FilterOp op, List<String> allowed, TypeRef allowedEnum) {
    public FilterKey {
      allowed = List.copyOf(allowed);
    }
  }

  /** See {@link io.shapeforge.spec.OrderBy}. */
  public record Order(String member, OrderBy.Direction direction) {}
}
