package io.shapeforge.runtime.query;

import io.shapeforge.runtime.page.NextTokenCodec;
import io.shapeforge.runtime.page.Page;
import io.shapeforge.runtime.page.QueryFingerprint;
import io.shapeforge.runtime.store.Column;
import io.shapeforge.runtime.store.Condition;
import io.shapeforge.runtime.store.IndexDefinition;
import io.shapeforge.runtime.store.Key;
import io.shapeforge.runtime.store.KeyPart;
import io.shapeforge.runtime.store.PageRequest;
import io.shapeforge.runtime.store.Table;
import io.shapeforge.runtime.store.ValueType;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Answers one paged, filtered operation from a {@link Table}. For each request it:
 *
 * <ol>
 *   <li>validates the filters (unknown key, value outside the allowed set, empty or, for
 *       single-value operators, longer value list: a {@code ValidationException} listing all);
 *   <li>runs the {@link ScopeCheck};
 *   <li>checks the next token ({@code InvalidNextTokenException} unless this engine's codec issued
 *       it for the same operation, scope and filters);
 *   <li>asks the table for one {@link PageRequest}: for the {@code IN}/{@code EQUALS} filter with
 *       the fewest values, the index (scope, filter column, order...) fanned out over its values;
 *       without one, (scope, order...). Every filter is a {@link Condition} of the request, so a
 *       SQL store answers the page in one statement and the in-memory store scans and merges;
 *   <li>returns up to page-size items and, if more match, a token holding the last item's order
 *       key.
 * </ol>
 *
 * <p>Values within one filter are OR-ed, filters are AND-ed, and a repeated key is one more AND-ed
 * filter. A page costs O(log n) per range plus the records read; with an indexed filter that is
 * about page size + k records, while a selective filter that no index serves reads past the records
 * it rejects.
 *
 * <p><b>Under concurrent writes</b> (see {@link io.shapeforge.runtime.store.InMemoryStore}): each
 * page starts strictly after the previous page's last order key, so paging never repeats a record
 * and never loops; a record that exists, matches and keeps its order key and filter columns for the
 * whole paging is returned exactly once.
 *
 * <p>Thread-safe.
 *
 * @param <R> the record type
 * @param <S> the scope value type
 */
public final class QueryEngine<R, S> {
  private final QueryDefinition<R, S> definition;
  private final Table<R> table;
  private final ScopeCheck<S> scopeCheck;
  private final NextTokenCodec tokens;
  private final FilterParser<R> filterParser;
  private final List<ValueType> orderTypes;

  /**
   * @throws IllegalArgumentException when the table lacks one of {@link QueryDefinition#indexes()},
   *     or when scope and order do not include every primary key column (the order must be unique)
   */
  public QueryEngine(
      QueryDefinition<R, S> definition,
      Table<R> table,
      ScopeCheck<S> scopeCheck,
      NextTokenCodec tokens) {
    this.definition = Objects.requireNonNull(definition, "definition");
    this.table = Objects.requireNonNull(table, "table");
    this.scopeCheck = Objects.requireNonNull(scopeCheck, "scopeCheck");
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.filterParser = new FilterParser<>(definition);
    this.orderTypes = definition.orderTypes();
    requireIndexes();
    requireUniqueOrder();
  }

  /** The definition this engine answers. */
  public QueryDefinition<R, S> definition() {
    return definition;
  }

  /**
   * One page of the records in {@code scope} that match {@code filters}, in order.
   *
   * @param scope the scope value, not null (the request validator makes it required)
   * @param filters the request's filters; {@code null} or empty for none
   * @param pageSize the page size, or {@code null} for the default; at least 1 (the request
   *     validator enforces the operation's range)
   * @param nextToken the token of the previous page, or {@code null} for the first page
   */
  public Page<R> page(S scope, List<RequestFilter> filters, Integer pageSize, String nextToken) {
    Objects.requireNonNull(scope, "scope");
    int size = pageSize == null ? definition.defaultPageSize() : pageSize;
    if (size < 1) {
      throw new IllegalArgumentException("page size " + size + " is below 1");
    }
    List<RequestFilter> sent = filters == null ? List.of() : filters;
    List<ParsedFilter<R>> parsed = filterParser.parse(sent);
    scopeCheck.requireExists(scope);
    QueryFingerprint query = fingerprint(scope, sent);
    Key after = nextToken == null ? null : tokens.decode(nextToken, query, orderTypes);

    // One more than a page tells whether another page follows.
    int limit = size == Integer.MAX_VALUE ? size : size + 1;
    List<R> items = table.page(request(scope, parsed, after).limit(limit));
    if (items.size() <= size) {
      return new Page<>(items, null);
    }
    List<R> page = items.subList(0, size);
    return new Page<>(page, tokens.encode(query, orderKey(page.get(size - 1)), orderTypes));
  }

  private PageRequest<R> request(S scope, List<ParsedFilter<R>> filters, Key after) {
    ParsedFilter<R> driver = null;
    for (ParsedFilter<R> filter : filters) {
      if (filter.definition().operator().indexed()
          && (driver == null || filter.values().size() < driver.values().size())) {
        driver = filter;
      }
    }
    IndexDefinition<R> index =
        driver == null
            ? definition.scopeIndex()
            : definition.filterIndex(driver.definition().name());
    PageRequest<R> request = PageRequest.of(index, Key.of(scope));
    for (ParsedFilter<R> filter : filters) {
      request = request.where(filter.condition());
    }
    return after == null ? request : request.after(after);
  }

  private QueryFingerprint fingerprint(S scope, List<RequestFilter> filters) {
    QueryFingerprint.Builder query = QueryFingerprint.builder(definition.operation()).scope(scope);
    for (RequestFilter filter : filters) {
      query.filter(filter.key(), filter.values());
    }
    return query.build();
  }

  private Key orderKey(R record) {
    List<KeyPart<R>> order = definition.order();
    Object[] values = new Object[order.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = order.get(i).column().get(record);
    }
    return Key.of(values);
  }

  private void requireIndexes() {
    for (IndexDefinition<R> index : definition.indexes()) {
      if (!table.schema().declares(index)) {
        throw new IllegalArgumentException(
            "table "
                + table.schema().name()
                + " lacks index "
                + index
                + " that "
                + definition.operation()
                + " needs; add QueryDefinition.indexes() to its schema");
      }
    }
  }

  private void requireUniqueOrder() {
    Set<String> ordered = new HashSet<>();
    ordered.add(definition.scope().name());
    definition.order().forEach(part -> ordered.add(part.column().name()));
    for (KeyPart<R> part : table.schema().primaryKey().parts()) {
      Column<R, ?> column = part.column();
      if (!ordered.contains(column.name())) {
        throw new IllegalArgumentException(
            definition.operation()
                + " orders by "
                + definition.order()
                + ", which does not include primary key column "
                + column.name()
                + ": the order must be unique");
      }
    }
  }
}
