package io.shapeforge.runtime.resource;

import io.shapeforge.runtime.page.QueryFingerprint;
import io.shapeforge.runtime.store.Condition;
import io.shapeforge.runtime.store.IndexDefinition;
import io.shapeforge.runtime.store.Key;
import io.shapeforge.runtime.store.KeyPart;
import io.shapeforge.runtime.store.PageRequest;
import io.shapeforge.runtime.store.ValueType;
import io.shapeforge.runtime.validation.ConstraintKind;
import io.shapeforge.runtime.validation.ValidationException;
import io.shapeforge.runtime.validation.Violations;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * One page of a resource listing for {@link ResourceStore#list}: an index and its leading values,
 * the conditions records must pass, the page size and the token of the previous page. The next
 * token is bound to the operation, the prefix and the filters as the caller sent them ({@link
 * #filter}), so a token of another listing is refused.
 *
 * <pre>{@code
 * ResourceQuery<Target> query = ResourceQuery.builder("DescribeMaintenanceWindowTargets",
 *         TARGETS.primaryKey(), Key.of(windowId))
 *     .parent(Key.of(windowId))                  // DoesNotExist when the window does not
 *     .where(Condition.in(RESOURCE_TYPE, List.of("INSTANCE")))
 *     .filter("Type", List.of("INSTANCE"))       // bound into the next token
 *     .pageSize(10)
 *     .nextToken(request.nextToken())
 *     .build();
 * }</pre>
 *
 * @param <R> the record type
 */
public final class ResourceQuery<R> {
  private final String operation;
  private final IndexDefinition<R> index;
  private final Key prefix;
  private final Key parent;
  private final List<Condition<R>> conditions;
  private final List<SentFilter> filters;
  private final int pageSize;
  private final String nextToken;

  private ResourceQuery(Builder<R> builder) {
    this.operation = builder.operation;
    this.index = builder.index;
    this.prefix = builder.prefix;
    this.parent = builder.parent;
    this.conditions = List.copyOf(builder.conditions);
    this.filters = List.copyOf(builder.filters);
    this.pageSize = builder.pageSize;
    this.nextToken = builder.nextToken;
  }

  /**
   * Starts a query of {@code operation} over the records of {@code index} whose leading values are
   * {@code prefix}, in the order of the index parts after it.
   */
  public static <R> Builder<R> builder(String operation, IndexDefinition<R> index, Key prefix) {
    return new Builder<>(operation, index, prefix);
  }

  /** The parent that must exist, or {@code null}. */
  Key parent() {
    return parent;
  }

  int pageSize() {
    return pageSize;
  }

  String nextToken() {
    return nextToken;
  }

  /** The store request for one page after {@code after} (or the first page). */
  PageRequest<R> request(Key after, int limit) {
    PageRequest<R> request = PageRequest.of(index, prefix);
    for (Condition<R> condition : conditions) {
      request = request.where(condition);
    }
    if (after != null) {
      request = request.after(after);
    }
    return request.limit(limit);
  }

  /** The index parts a page is ordered by, and a token resumes after. */
  List<KeyPart<R>> order() {
    return index.parts().subList(prefix.size(), index.parts().size());
  }

  List<ValueType> orderTypes() {
    List<ValueType> types = new ArrayList<>();
    for (KeyPart<R> part : order()) {
      types.add(part.column().type());
    }
    return types;
  }

  Key orderKeyOf(R record) {
    List<KeyPart<R>> order = order();
    Object[] values = new Object[order.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = order.get(i).column().get(record);
    }
    return Key.of(values);
  }

  QueryFingerprint fingerprint() {
    // The index name is part of the operation: the same values in another order are another query.
    QueryFingerprint.Builder query =
        QueryFingerprint.builder(operation + "/" + index.name())
            .scope(prefix.size() == 0 ? null : prefix.values().toString());
    for (SentFilter filter : filters) {
      query.filter(filter.key(), filter.values());
    }
    return query.build();
  }

  private record SentFilter(String key, List<String> values) {}

  /**
   * Builds a {@link ResourceQuery}.
   *
   * @param <R> the record type
   */
  public static final class Builder<R> {
    private final String operation;
    private final IndexDefinition<R> index;
    private final Key prefix;
    private Key parent;
    private final List<Condition<R>> conditions = new ArrayList<>();
    private final List<SentFilter> filters = new ArrayList<>();
    private int pageSize = Integer.MAX_VALUE;
    private String nextToken;

    private Builder(String operation, IndexDefinition<R> index, Key prefix) {
      this.operation = Objects.requireNonNull(operation, "operation");
      this.index = Objects.requireNonNull(index, "index");
      this.prefix = Objects.requireNonNull(prefix, "prefix");
      PageRequest.of(index, prefix); // fails early on a prefix that does not fit the index
    }

    /** The key of the parent resource that must exist; its not-found error otherwise. */
    public Builder<R> parent(Key parentKey) {
      this.parent = Objects.requireNonNull(parentKey, "parentKey");
      return this;
    }

    /** One more condition, AND-ed with the others. */
    public Builder<R> where(Condition<R> condition) {
      conditions.add(Objects.requireNonNull(condition, "condition"));
      return this;
    }

    /** One filter as the caller sent it, which the next token is bound to. */
    public Builder<R> filter(String key, Collection<String> values) {
      // Copied as sent, nulls included: the fingerprint tells a null value from a missing one.
      filters.add(new SentFilter(key, values == null ? null : new ArrayList<>(values)));
      return this;
    }

    /** The page size, at least 1; unlimited when not set. */
    public Builder<R> pageSize(int pageSize) {
      if (pageSize < 1) {
        throw new IllegalArgumentException("page size " + pageSize + " is below 1");
      }
      this.pageSize = pageSize;
      return this;
    }

    /**
     * The page size a caller sent in the member at {@code path} (its AWS member path, {@code
     * maxResults}): below 1 is the caller's mistake, answered as AWS answers an integer under its
     * minimum, also where the model gives the member none (a page of nothing cannot be paged).
     *
     * @throws ValidationException {@code 1 validation error detected: Value '0' at 'maxResults'
     *     failed to satisfy constraint: Member must have value greater than or equal to 1}
     */
    public Builder<R> pageSize(int pageSize, String path) {
      if (pageSize < 1) {
        Violations violations = new Violations();
        violations.add(
            path,
            pageSize,
            ConstraintKind.MIN_VALUE,
            "Member must have value greater than or equal to 1");
        violations.throwIfAny();
      }
      return pageSize(pageSize);
    }

    /** The token of the previous page, or {@code null} for the first. */
    public Builder<R> nextToken(String nextToken) {
      this.nextToken = nextToken;
      return this;
    }

    /** The query. */
    public ResourceQuery<R> build() {
      return new ResourceQuery<>(this);
    }
  }
}
