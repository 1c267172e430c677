/**
 * The query engine that generated per-operation glue calls: validate the filters, check the scope,
 * scan the best index, apply the remaining filters, and return one keyset page.
 *
 * <p>Generated code declares a {@link io.shapeforge.runtime.query.QueryDefinition} once per
 * operation, adds its {@link io.shapeforge.runtime.query.QueryDefinition#indexes() indexes} to the
 * record table's schema, and answers each request with one call:
 *
 * <pre>{@code
 * Page<Task> page = engine.page(request.windowExecutionId(),
 *     RequestFilter.from(request.filters(), Filter::key, Filter::values),
 *     request.maxResults(), request.nextToken());
 * }</pre>
 */
package io.shapeforge.runtime.query;
