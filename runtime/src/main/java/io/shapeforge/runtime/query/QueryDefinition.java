package io.shapeforge.runtime.query;

import io.shapeforge.runtime.store.Column;
import io.shapeforge.runtime.store.IndexDefinition;
import io.shapeforge.runtime.store.KeyPart;
import io.shapeforge.runtime.store.ValueType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Everything the engine needs to know about one paged, filtered operation; generated code builds it
 * once, as a constant. It derives the indexes that serve the operation: (scope, order...) and, for
 * each {@code IN} or {@code EQUALS} filter, (scope, filter column, order...). Index names are
 * derived from their parts, so two operations that need the same index share it.
 *
 * <pre>{@code
 * static final QueryDefinition<Task, String> QUERY =
 *     QueryDefinition.builder("DescribeMaintenanceWindowExecutionTasks", WINDOW_EXECUTION_ID)
 *         .filter(FilterDefinition.of("STATUS", STATUS, FilterOperator.IN, "PENDING", "SUCCESS"))
 *         .orderBy(START_TIME.ascending(), TASK_EXECUTION_ID.ascending())
 *         .defaultPageSize(10)
 *         .build();
 * }</pre>
 *
 * @param <R> the record type
 * @param <S> the scope value type
 */
public final class QueryDefinition<R, S> {
  private final String operation;
  private final Column<R, S> scope;
  private final Map<String, FilterDefinition<R>> filters;
  private final List<KeyPart<R>> order;
  private final int defaultPageSize;
  private final String filtersMember;
  private final String keyMember;
  private final String valuesMember;
  private final IndexDefinition<R> scopeIndex;
  private final Map<String, IndexDefinition<R>> filterIndexes;

  private QueryDefinition(Builder<R, S> builder) {
    this.operation = builder.operation;
    this.scope = builder.scope;
    this.filters = Collections.unmodifiableMap(new LinkedHashMap<>(builder.filters));
    this.order = List.copyOf(builder.order);
    this.defaultPageSize = builder.defaultPageSize;
    this.filtersMember = builder.filtersMember;
    this.keyMember = builder.keyMember;
    this.valuesMember = builder.valuesMember;
    if (order.isEmpty()) {
      throw new IllegalArgumentException(operation + " needs an order");
    }
    if (defaultPageSize < 1) {
      throw new IllegalArgumentException(operation + " needs a default page size of at least 1");
    }
    this.scopeIndex = index(List.of());
    Map<String, IndexDefinition<R>> byFilter = new LinkedHashMap<>();
    for (FilterDefinition<R> filter : filters.values()) {
      if (filter.operator().indexed()) {
        byFilter.put(filter.name(), index(List.of(filter.column().ascending())));
      }
    }
    this.filterIndexes = Collections.unmodifiableMap(byFilter);
  }

  /**
   * Starts the definition of {@code operation}, whose results all share one {@code scope} value.
   */
  public static <R, S> Builder<R, S> builder(String operation, Column<R, S> scope) {
    return new Builder<>(operation, scope);
  }

  /** The operation name, such as {@code DescribeMaintenanceWindowExecutionTasks}. */
  public String operation() {
    return operation;
  }

  /** The column that every result's scope value is read from. */
  public Column<R, S> scope() {
    return scope;
  }

  /** The filters by wire name, in declaration order. */
  public Map<String, FilterDefinition<R>> filters() {
    return filters;
  }

  /** The order of results within a scope. */
  public List<KeyPart<R>> order() {
    return order;
  }

  /** The value types of the order columns: the shape of a next token's key. */
  public List<ValueType> orderTypes() {
    return order.stream()
        .map(part -> part.column().type())
        .collect(Collectors.toUnmodifiableList());
  }

  /** Compares records by {@link #order()}. */
  public Comparator<R> orderComparator() {
    @SuppressWarnings("unchecked")
    KeyPart<R>[] parts = order.toArray(new KeyPart[0]);
    return (left, right) -> {
      for (KeyPart<R> part : parts) {
        int result = part.compareRecords(left, right);
        if (result != 0) {
          return result;
        }
      }
      return 0;
    };
  }

  /** The page size when a request gives none. */
  public int defaultPageSize() {
    return defaultPageSize;
  }

  /**
   * The request member that holds the filter list, for validation paths, such as {@code filters}.
   */
  public String filtersMember() {
    return filtersMember;
  }

  /** The filter member that holds the key, such as {@code key}. */
  public String keyMember() {
    return keyMember;
  }

  /** The filter member that holds the values, such as {@code values}. */
  public String valuesMember() {
    return valuesMember;
  }

  /** Every index this operation scans; add them to the record table's schema. */
  public List<IndexDefinition<R>> indexes() {
    List<IndexDefinition<R>> all = new ArrayList<>();
    all.add(scopeIndex);
    all.addAll(filterIndexes.values());
    return List.copyOf(all);
  }

  /** The index of (scope, order...). */
  public IndexDefinition<R> scopeIndex() {
    return scopeIndex;
  }

  /**
   * The index of (scope, column of {@code filterName}, order...), or {@code null} for a filter
   * without one.
   */
  public IndexDefinition<R> filterIndex(String filterName) {
    return filterIndexes.get(filterName);
  }

  private IndexDefinition<R> index(List<KeyPart<R>> middle) {
    List<KeyPart<R>> parts = new ArrayList<>();
    parts.add(scope.ascending());
    parts.addAll(middle);
    parts.addAll(order);
    String name =
        parts.stream().map(KeyPart::toString).collect(Collectors.joining(", ", "by ", ""));
    return new IndexDefinition<>(name, parts);
  }

  /**
   * Builds a {@link QueryDefinition}.
   *
   * @param <R> the record type
   * @param <S> the scope value type
   */
  public static final class Builder<R, S> {
    private final String operation;
    private final Column<R, S> scope;
    private final Map<String, FilterDefinition<R>> filters = new LinkedHashMap<>();
    private final List<KeyPart<R>> order = new ArrayList<>();
    private int defaultPageSize = 10;
    private String filtersMember = "filters";
    private String keyMember = "key";
    private String valuesMember = "values";

    private Builder(String operation, Column<R, S> scope) {
      if (operation == null || operation.isEmpty()) {
        throw new IllegalArgumentException("a query needs an operation name");
      }
      this.operation = operation;
      this.scope = Objects.requireNonNull(scope, "scope");
    }

    /** Adds a filter key; wire names must be unique. */
    public Builder<R, S> filter(FilterDefinition<R> filter) {
      if (filters.putIfAbsent(filter.name(), filter) != null) {
        throw new IllegalArgumentException(
            operation + " declares filter " + filter.name() + " twice");
      }
      return this;
    }

    /**
     * Sets the order of results. Together with the scope it must identify a record, so it should
     * end in the record's identifiers; {@link QueryEngine} checks that against the primary key.
     */
    @SafeVarargs
    public final Builder<R, S> orderBy(KeyPart<R>... parts) {
      order.clear();
      order.addAll(KeyPart.listOf(parts));
      return this;
    }

    /** Sets the page size for requests that give none (default 10). */
    public Builder<R, S> defaultPageSize(int size) {
      this.defaultPageSize = size;
      return this;
    }

    /**
     * Sets the wire member names used in validation paths (defaults {@code filters}, {@code key},
     * {@code values}).
     */
    public Builder<R, S> filterMembers(String filters, String key, String values) {
      this.filtersMember = Objects.requireNonNull(filters);
      this.keyMember = Objects.requireNonNull(key);
      this.valuesMember = Objects.requireNonNull(values);
      return this;
    }

    /** The definition. */
    public QueryDefinition<R, S> build() {
      return new QueryDefinition<>(this);
    }
  }
}
