package io.shapeforge.runtime.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapeforge.runtime.page.InvalidNextTokenException;
import io.shapeforge.runtime.page.NextTokenCodec;
import io.shapeforge.runtime.page.Page;
import io.shapeforge.runtime.resource.Library.Book;
import io.shapeforge.runtime.resource.Library.NoSuchThing;
import io.shapeforge.runtime.resource.Library.Note;
import io.shapeforge.runtime.resource.Library.Shelf;
import io.shapeforge.runtime.resource.Library.TokenMismatch;
import io.shapeforge.runtime.store.Condition;
import io.shapeforge.runtime.store.Key;
import io.shapeforge.runtime.store.ScanRange;
import io.shapeforge.runtime.store.Store;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The resource lifecycle ({@link ResourceStore}) on one storage engine: extend it and give {@link
 * #store()}. Covers minting, client-token idempotency (also racing), reads with the outermost
 * missing resource's error, compare-and-set updates under contention, cascading deletes, and keyset
 * listing with bound tokens.
 */
public abstract class ResourceStoreContractTest {
  private static final AtomicInteger TABLES = new AtomicInteger();

  private Library library;
  private ResourceStore resources;
  private ExecutorService pool;

  /** The store under test; tests open tables under fresh names, so it may be shared. */
  protected abstract Store store();

  /** How many parallel writers the concurrency tests use. */
  protected int writers() {
    return 8;
  }

  @BeforeEach
  void openFamily() {
    library = new Library("_" + TABLES.incrementAndGet());
    resources =
        new ResourceStore(
            store(),
            NextTokenCodec.withRandomKey(),
            List.of(library.shelf, library.book, library.note));
    pool = Executors.newFixedThreadPool(writers());
  }

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  private Created shelf(String name) {
    return resources.create(
        library.shelf, Key.empty(), null, bytes(name), id -> new Shelf(id, name, 0));
  }

  private Created book(String shelfId, String title) {
    return resources.create(
        library.book, Key.of(shelfId), null, bytes(title), id -> new Book(shelfId, id, title));
  }

  private Created note(Key bookKey, String text) {
    return resources.create(
        library.note,
        bookKey,
        null,
        bytes(text),
        id -> new Note((String) bookKey.get(0), (String) bookKey.get(1), id, text));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void mintersSpellIdentifiersAsAwsDoes() {
    for (int i = 0; i < 100; i++) {
      assertTrue(IdentifierMinter.hex("mw-", 17).mint().matches("^mw-[0-9a-f]{17}$"));
      assertTrue(
          IdentifierMinter.uuid()
              .mint()
              .matches("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    }
    assertThrows(IllegalArgumentException.class, () -> IdentifierMinter.hex("mw-", 0));
  }

  @Test
  void createStoresUnderTheParentAndGetReadsIt() {
    Created shelf = shelf("fiction");
    assertFalse(shelf.replayed());
    assertTrue(shelf.identifier().matches("^sh-[0-9a-f]{8}$"));
    assertEquals(Key.of(shelf.identifier()), shelf.key());
    Created book = book(shelf.identifier(), "Dune");
    assertEquals(Key.of(shelf.identifier(), book.identifier()), book.key());

    assertEquals(
        new Shelf(shelf.identifier(), "fiction", 0), resources.get(library.shelf, shelf.key()));
    assertEquals(
        new Book(shelf.identifier(), book.identifier(), "Dune"),
        resources.get(library.book, book.key()));
  }

  @Test
  void createUnderAMissingParentAnswersTheOutermostMissingResource() {
    NoSuchThing noShelf = assertThrows(NoSuchThing.class, () -> book("sh-00000000", "Dune"));
    assertEquals("Shelf sh-00000000 does not exist", noShelf.getMessage());

    Created shelf = shelf("fiction");
    NoSuchThing noBook =
        assertThrows(NoSuchThing.class, () -> note(Key.of(shelf.identifier(), "b-1"), "x"));
    assertEquals("Book b-1 does not exist", noBook.getMessage());
    // Nothing was written by the failed creates.
    try (Stream<Note> notes =
        store()
            .table(library.note.table())
            .scan(library.note.table().primaryKey(), ScanRange.all())) {
      assertEquals(0, notes.count());
    }
  }

  @Test
  void getAnswersTheNotFoundOfTheOutermostMissingResource() {
    assertEquals(
        "Shelf sh-1 does not exist",
        assertThrows(NoSuchThing.class, () -> resources.get(library.shelf, Key.of("sh-1")))
            .getMessage());
    assertEquals(
        "Shelf sh-1 does not exist",
        assertThrows(NoSuchThing.class, () -> resources.get(library.note, Key.of("sh-1", "b", "n")))
            .getMessage());
    Created shelf = shelf("fiction");
    assertEquals(
        "Book b does not exist",
        assertThrows(
                NoSuchThing.class,
                () -> resources.get(library.note, Key.of(shelf.identifier(), "b", "n")))
            .getMessage());
    assertTrue(resources.find(library.shelf, Key.of("sh-1")).isEmpty());
  }

  @Test
  void aClientTokenReplaysTheFirstAnswerAndRefusesOtherParameters() {
    Created first =
        resources.create(
            library.shelf, Key.empty(), "token-1", bytes("a"), id -> new Shelf(id, "a", 0));
    Created again =
        resources.create(
            library.shelf, Key.empty(), "token-1", bytes("a"), id -> new Shelf(id, "a", 0));
    assertEquals(first.identifier(), again.identifier());
    assertTrue(again.replayed());
    assertEquals(1, store().table(library.shelf.table()).size());

    assertThrows(
        TokenMismatch.class,
        () ->
            resources.create(
                library.shelf, Key.empty(), "token-1", bytes("b"), id -> new Shelf(id, "b", 0)));
    assertEquals(1, store().table(library.shelf.table()).size());

    // Tokens are kept per resource: the same token creates a book once, apart from the shelf.
    Created book =
        resources.create(
            library.book,
            first.key(),
            "token-1",
            bytes("a"),
            id -> new Book(first.identifier(), id, "a"));
    assertFalse(book.replayed());
  }

  @Test
  void aDefinitionWithoutAMismatchErrorSaysSoWhenATokenIsReused() {
    Created shelf = shelf("s");
    Created book = book(shelf.identifier(), "b");
    resources.create(
        library.note,
        book.key(),
        "t",
        bytes("x"),
        id -> new Note(shelf.identifier(), book.identifier(), id, "x"));
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                resources.create(
                    library.note,
                    book.key(),
                    "t",
                    bytes("y"),
                    id -> new Note(shelf.identifier(), book.identifier(), id, "y")));
    assertTrue(
        e.getMessage().contains(" was defined without an idempotencyMismatch"), e.getMessage());
  }

  @Test
  @Timeout(60)
  void racingCreatesWithOneTokenCreateOnce() throws Exception {
    for (int round = 0; round < 20; round++) {
      String token = "race-" + round;
      CyclicBarrier start = new CyclicBarrier(writers());
      List<Future<Created>> results = new ArrayList<>();
      for (int i = 0; i < writers(); i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return resources.create(
                      library.shelf,
                      Key.empty(),
                      token,
                      bytes("same"),
                      id -> new Shelf(id, "same", 0));
                }));
      }
      Set<String> identifiers = new HashSet<>();
      int fresh = 0;
      for (Future<Created> result : results) {
        Created created = result.get();
        identifiers.add(created.identifier());
        fresh += created.replayed() ? 0 : 1;
      }
      assertEquals(1, identifiers.size(), "round " + round);
      assertEquals(1, fresh, "round " + round);
    }
    assertEquals(20, store().table(library.shelf.table()).size());
  }

  @Test
  void updateReplacesPartOfTheRecord() {
    Created shelf = shelf("fiction");
    Shelf renamed =
        resources.update(
            library.shelf, shelf.key(), s -> new Shelf(s.shelfId(), "novels", s.version()));
    assertEquals(new Shelf(shelf.identifier(), "novels", 0), renamed);
    assertEquals(renamed, resources.get(library.shelf, shelf.key()));

    assertEquals(
        "Shelf sh-9 does not exist",
        assertThrows(
                NoSuchThing.class, () -> resources.update(library.shelf, Key.of("sh-9"), s -> s))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            resources.update(
                library.shelf, shelf.key(), s -> new Shelf("sh-other", s.name(), s.version())));
  }

  @Test
  @Timeout(60)
  void parallelUpdatesLoseNothing() throws Exception {
    Created shelf = shelf("counter");
    int perWriter = 50;
    CyclicBarrier start = new CyclicBarrier(writers());
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < writers(); i++) {
      done.add(
          pool.submit(
              () -> {
                start.await();
                for (int n = 0; n < perWriter; n++) {
                  resources.update(
                      library.shelf,
                      shelf.key(),
                      s -> new Shelf(s.shelfId(), s.name(), s.version() + 1));
                }
                return null;
              }));
    }
    for (Future<?> future : done) {
      future.get();
    }
    assertEquals(
        writers() * perWriter, resources.get(library.shelf, shelf.key()).version().intValue());
  }

  @Test
  void deleteCascadesToEveryDescendantAndSparesOtherParents() {
    Created doomed = shelf("doomed");
    Created kept = shelf("kept");
    List<Key> doomedBooks = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Created book = book(doomed.identifier(), "b" + i);
      doomedBooks.add(book.key());
      note(book.key(), "n" + i);
      note(book.key(), "m" + i);
    }
    Created keptBook = book(kept.identifier(), "k");
    Created keptNote = note(keptBook.key(), "k");

    Shelf deleted = resources.delete(library.shelf, doomed.key());
    assertEquals("doomed", deleted.name());

    assertTrue(resources.find(library.shelf, doomed.key()).isEmpty());
    for (Key book : doomedBooks) {
      assertTrue(resources.find(library.book, book).isEmpty());
    }
    assertEquals(1, store().table(library.book.table()).size());
    assertEquals(1, store().table(library.note.table()).size());
    assertEquals("k", resources.get(library.note, keptNote.key()).text());
    assertEquals(
        "Shelf " + doomed.identifier() + " does not exist",
        assertThrows(NoSuchThing.class, () -> resources.delete(library.shelf, doomed.key()))
            .getMessage());
  }

  @Test
  void aGuardThatRefusesKeepsEverything() {
    Created shelf = shelf("guarded");
    Created book = book(shelf.identifier(), "b");
    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () ->
                resources.delete(
                    library.shelf,
                    shelf.key(),
                    (tx, record) -> {
                      if (tx.table(library.book.table()).size() > 0) {
                        throw new IllegalStateException("shelf " + record.name() + " has books");
                      }
                    }));
    assertEquals("shelf guarded has books", refused.getMessage());
    assertEquals("b", resources.get(library.book, book.key()).title());
  }

  /**
   * A store given a definition with another minter mints with it wherever the resource is created,
   * also through the original definition a generated handler holds; a delete through either one
   * cascades to the children, which name the original as their parent.
   */
  @Test
  void aDefinitionWithAnotherMinterMintsForItsNameAndStillCascades() {
    AtomicInteger sequence = new AtomicInteger();
    ResourceDefinition<Shelf> numbered =
        library.shelf.withMinter(() -> String.format("sh-%08x", sequence.incrementAndGet()));
    ResourceStore seeded =
        new ResourceStore(
            store(), NextTokenCodec.withRandomKey(), List.of(numbered, library.book, library.note));
    Created first =
        seeded.create(library.shelf, Key.empty(), null, bytes("a"), id -> new Shelf(id, "a", 0));
    Created second =
        seeded.create(numbered, Key.empty(), null, bytes("b"), id -> new Shelf(id, "b", 0));
    assertEquals(
        List.of("sh-00000001", "sh-00000002"), List.of(first.identifier(), second.identifier()));
    for (Created shelf : List.of(first, second)) {
      Created book =
          seeded.create(
              library.book,
              shelf.key(),
              null,
              bytes("t"),
              id -> new Book(shelf.identifier(), id, "t"));
      seeded.delete(shelf == first ? library.shelf : numbered, shelf.key());
      assertTrue(seeded.find(library.book, book.key()).isEmpty(), "the book went with its shelf");
    }
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ResourceStore(
                store(), NextTokenCodec.withRandomKey(), List.of(library.shelf, numbered)));
  }

  /**
   * A page size below 1 is the caller's mistake, answered in AWS's words for an integer under its
   * minimum. Quoted from AWS for a member whose minimum is 1: DynamoDB, "1 validation error
   * detected: Value '-1' at 'limit' failed to satisfy constraint: Member must have value greater
   * than or equal to 1" (boto/boto#1248); Cognito, "Value '0' at 'maxItems' failed to satisfy
   * constraint: Member must have value greater than or equal to 1" (aws/aws-sdk-js#2193).
   */
  @Test
  void aSentPageSizeBelowOneIsAValidationError() {
    for (int size : new int[] {0, -1}) {
      io.shapeforge.runtime.validation.ValidationException refused =
          assertThrows(
              io.shapeforge.runtime.validation.ValidationException.class,
              () ->
                  ResourceQuery.builder(
                          "ListShelves", library.shelf.table().primaryKey(), Key.empty())
                      .pageSize(size, "maxResults"));
      assertEquals(
          "1 validation error detected: Value '"
              + size
              + "' at 'maxResults' failed to satisfy constraint: Member must have value greater"
              + " than or equal to 1",
          refused.getMessage());
    }
    shelf("one");
    shelf("two");
    Page<Shelf> page =
        resources.list(
            library.shelf,
            ResourceQuery.builder("ListShelves", library.shelf.table().primaryKey(), Key.empty())
                .pageSize(1, "maxResults")
                .build());
    assertEquals(1, page.items().size());
    assertTrue(page.nextToken() != null, "a page of one leaves the other for the next");
  }

  @Test
  void listPagesWithoutRepeatsAndEndsWithoutAToken() {
    Set<String> created = new HashSet<>();
    for (int i = 0; i < 25; i++) {
      created.add(shelf("s" + i).identifier());
    }
    List<String> seen = new ArrayList<>();
    Set<String> tokens = new HashSet<>();
    String token = null;
    int pages = 0;
    do {
      Page<Shelf> page =
          resources.list(
              library.shelf,
              ResourceQuery.builder("ListShelves", library.shelf.table().primaryKey(), Key.empty())
                  .pageSize(10)
                  .nextToken(token)
                  .build());
      page.items().forEach(s -> seen.add(s.shelfId()));
      token = page.nextToken();
      if (token != null) {
        assertTrue(tokens.add(token), "a token repeated");
      }
      pages++;
    } while (token != null);
    assertEquals(3, pages);
    assertEquals(25, seen.size());
    assertEquals(created, new HashSet<>(seen));
    List<String> sorted = new ArrayList<>(seen);
    sorted.sort(null);
    assertEquals(sorted, seen, "primary key order");
  }

  @Test
  void listFiltersWithConditionsAndBindsTheTokenToTheFilters() {
    for (int i = 0; i < 12; i++) {
      shelf(i % 2 == 0 ? "even" : "odd");
    }
    ResourceQuery.Builder<Shelf> evens =
        ResourceQuery.builder("ListShelves", library.shelf.table().primaryKey(), Key.empty())
            .where(Condition.in(Library.SHELF_NAME, List.of("even")))
            .filter("Name", List.of("even"))
            .pageSize(4);
    Page<Shelf> first = resources.list(library.shelf, evens.build());
    assertEquals(4, first.items().size());
    first.items().forEach(s -> assertEquals("even", s.name()));
    Page<Shelf> second = resources.list(library.shelf, evens.nextToken(first.nextToken()).build());
    assertEquals(2, second.items().size());
    assertNull(second.nextToken());

    ResourceQuery<Shelf> odds =
        ResourceQuery.builder("ListShelves", library.shelf.table().primaryKey(), Key.empty())
            .where(Condition.in(Library.SHELF_NAME, List.of("odd")))
            .filter("Name", List.of("odd"))
            .pageSize(4)
            .nextToken(first.nextToken())
            .build();
    assertThrows(InvalidNextTokenException.class, () -> resources.list(library.shelf, odds));
  }

  @Test
  void listOrdersBySecondaryIndexAndChecksTheParent() {
    shelf("b");
    shelf("c");
    shelf("a");
    List<String> names = new ArrayList<>();
    resources
        .list(
            library.shelf,
            ResourceQuery.builder("ListShelvesByName", Library.SHELVES_BY_NAME, Key.empty())
                .build())
        .items()
        .forEach(s -> names.add(s.name()));
    assertEquals(List.of("a", "b", "c"), names);

    assertEquals(
        "Shelf sh-missing does not exist",
        assertThrows(
                NoSuchThing.class,
                () ->
                    resources.list(
                        library.book,
                        ResourceQuery.builder(
                                "ListBooks",
                                library.book.table().primaryKey(),
                                Key.of("sh-missing"))
                            .parent(Key.of("sh-missing"))
                            .build()))
            .getMessage());
  }

  @Test
  void aChildKeyMustBeItsParentsKeyAndOneIdentifier() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ResourceDefinition.builder("Loose", library.book.table())
                    .minter(IdentifierMinter.uuid())
                    .notFound(key -> new NoSuchThing("x"))
                    .build());
    assertTrue(e.getMessage().contains("must be the parent's key (0 columns) and one identifier"));
  }
}
