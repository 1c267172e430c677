package io.shapeforge.runtime.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One filter as a request sent it: a key and its values, either possibly {@code null} (the engine
 * reports those as validation errors).
 *
 * @param key the key, such as {@code STATUS}
 * @param values the values, OR-ed
 */
public record RequestFilter(String key, List<String> values) {

  /**
   * Adapts a request's filter list of any generated shape; {@code null} means no filters.
   *
   * <pre>{@code
   * RequestFilter.from(request.filters(), MaintenanceWindowFilter::key, MaintenanceWindowFilter::values)
   * }</pre>
   */
  public static <F> List<RequestFilter> from(
      List<F> filters, Function<? super F, String> key, Function<? super F, List<String>> values) {
    if (filters == null) {
      return List.of();
    }
    List<RequestFilter> adapted = new ArrayList<>(filters.size());
    for (F filter : filters) {
      adapted.add(
          filter == null ? null : new RequestFilter(key.apply(filter), values.apply(filter)));
    }
    return adapted;
  }
}
