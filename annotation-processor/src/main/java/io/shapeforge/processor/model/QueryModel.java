package io.shapeforge.processor.model;

import io.shapeforge.spec.FilterOp;
import io.shapeforge.spec.OrderBy;
import java.util.List;

/**
 * An operation's {@code @Query} declaration, as written (not checked yet).
 *
 * @param record the stored record structure
 * @param scope the parent every result belongs to
 * @param filters the filter keys a caller may send
 * @param orderBy the order of results
 * @param filtersMember the input member with the filter list
 * @param filterKeyMember the filter element's key member
 * @param filterValuesMember the filter element's values member
 */
public record QueryModel(
    TypeRef record,
    Scope scope,
    List<FilterKey> filters,
    List<Order> orderBy,
    String filtersMember,
    String filterKeyMember,
    String filterValuesMember) {

  public QueryModel {
    filters = List.copyOf(filters);
    orderBy = List.copyOf(orderBy);
  }

  /** See {@link io.shapeforge.spec.Scope}. */
  public record Scope(
      String requestMember,
      String recordMember,
      TypeRef parent,
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
