package io.shapeforge.runtime.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PaginatorTest {
  private final List<String> requested = new ArrayList<>();

  private Page<Integer> fetch(String token) {
    requested.add(token);
    if (token == null) {
      return new Page<>(List.of(1, 2), "a");
    }
    if (token.equals("a")) {
      return new Page<>(List.of(), "b");
    }
    return new Page<>(List.of(3), null);
  }

  @Test
  void iteratesEveryPageAndItemInOrder() {
    Paginator<Page<Integer>, Integer> all = Paginator.ofPages(this::fetch);
    assertEquals(List.of(1, 2, 3), all.items().collect(Collectors.toList()));
    assertEquals(3, all.pages().count());
    List<Integer> viaIterable = new ArrayList<>();
    all.itemIterable().forEach(viaIterable::add);
    assertEquals(List.of(1, 2, 3), viaIterable);
  }

  @Test
  void fetchesLazily() {
    Iterator<Page<Integer>> pages = Paginator.ofPages(this::fetch).iterator();
    assertEquals(List.of(), requested);
    assertEquals(List.of(1, 2), pages.next().items());
    assertEquals(1, requested.size());
    assertEquals(
        List.of(1), Paginator.ofPages(this::fetch).items().limit(1).collect(Collectors.toList()));
    assertEquals(2, requested.size());
  }

  @Test
  void stopsAtAnAbsentOrEmptyToken() {
    record Response(List<String> things, String token) {}
    List<String> tokens = new ArrayList<>();
    Paginator<Response, String> emptyTokenEnds =
        Paginator.of(
            token -> {
              tokens.add(token);
              return new Response(
                  token == null ? List.of("x") : List.of("y"), token == null ? "next" : "");
            },
            Response::token,
            Response::things);
    assertEquals(List.of("x", "y"), emptyTokenEnds.items().collect(Collectors.toList()));
    assertEquals(Arrays.asList(null, "next"), tokens);

    Paginator<Response, String> nullItems =
        Paginator.of(token -> new Response(null, null), Response::token, Response::things);
    assertEquals(List.of(), nullItems.items().collect(Collectors.toList()));
  }
}
