package io.shapeforge.runtime.page;

import java.util.List;
import java.util.Objects;

/**
 * One page of results and the token of the next one.
 *
 * @param items the items, in query order
 * @param nextToken the token of the next page, or {@code null} on the last page
 * @param <T> the item type
 */
public record Page<T>(List<T> items, String nextToken) {

  public Page {
    items = List.copyOf(Objects.requireNonNull(items, "items"));
  }

  /** Whether there is a next page. */
  public boolean hasNext() {
    return nextToken != null && !nextToken.isEmpty();
  }
}
