package io.shapeforge.runtime.page;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Iterates every page of a paged operation, client side, fetching each page only when it is needed.
 * It stops after a page whose token is absent or empty, as botocore does.
 *
 * <pre>{@code
 * Paginator<Response, Task> all = Paginator.of(
 *     token -> client.describeTasks(request.toBuilder().nextToken(token).build()),
 *     Response::nextToken, Response::tasks);
 * all.items().filter(...).forEach(...);
 * }</pre>
 *
 * @param <P> the page (response) type
 * @param <T> the item type
 */
public final class Paginator<P, T> implements Iterable<P> {
  private final Function<String, P> fetch;
  private final Function<P, String> nextToken;
  private final Function<P, List<T>> items;

  private Paginator(
      Function<String, P> fetch, Function<P, String> nextToken, Function<P, List<T>> items) {
    this.fetch = Objects.requireNonNull(fetch, "fetch");
    this.nextToken = Objects.requireNonNull(nextToken, "nextToken");
    this.items = Objects.requireNonNull(items, "items");
  }

  /**
   * Pages of any response type.
   *
   * @param fetch fetches the page of a token; the first call gets {@code null}
   * @param nextToken reads a page's next token
   * @param items reads a page's items ({@code null} counts as none)
   */
  public static <P, T> Paginator<P, T> of(
      Function<String, P> fetch, Function<P, String> nextToken, Function<P, List<T>> items) {
    return new Paginator<>(fetch, nextToken, items);
  }

  /** Pages of {@link Page}s. */
  public static <T> Paginator<Page<T>, T> ofPages(Function<String, Page<T>> fetch) {
    return new Paginator<>(fetch, Page::nextToken, Page::items);
  }

  /** A fresh iteration over the pages; the first page is fetched on the first {@code hasNext}. */
  @Override
  public Iterator<P> iterator() {
    return new PageIterator();
  }

  /** The pages, lazily. */
  public Stream<P> pages() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /** The items of every page, in order, lazily. */
  public Stream<T> items() {
    return pages()
        .flatMap(
            page -> {
              List<T> pageItems = items.apply(page);
              return pageItems == null ? Stream.empty() : pageItems.stream();
            });
  }

  /** The items of every page, as an {@link Iterable}. */
  public Iterable<T> itemIterable() {
    return () -> items().iterator();
  }

  private final class PageIterator implements Iterator<P> {
    private String token;
    private boolean done;
    private P fetched;

    @Override
    public boolean hasNext() {
      if (fetched == null && !done) {
        fetched = Objects.requireNonNull(fetch.apply(token), "fetch returned no page");
        token = nextToken.apply(fetched);
        done = token == null || token.isEmpty();
      }
      return fetched != null;
    }

    @Override
    public P next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      P page = fetched;
      fetched = null;
      return page;
    }
  }
}
