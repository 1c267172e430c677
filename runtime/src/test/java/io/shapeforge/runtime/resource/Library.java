package io.shapeforge.runtime.resource;

import io.shapeforge.runtime.store.Column;
import io.shapeforge.runtime.store.IndexDefinition;
import io.shapeforge.runtime.store.RecordCodec;
import io.shapeforge.runtime.store.TableSchema;

/**
 * A small resource family for the lifecycle tests: shelves, the books on a shelf, and the notes in
 * a book, so a cascade has two levels to go through.
 */
final class Library {
  record Shelf(String shelfId, String name, Integer version) {}

  record Book(String shelfId, String bookId, String title) {}

  record Note(String shelfId, String bookId, String noteId, String text) {}

  static final class NoSuchThing extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NoSuchThing(String message) {
      super(message);
    }
  }

  static final class TokenMismatch extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TokenMismatch() {
      super("client token reused with other parameters");
    }
  }

  static final Column<Shelf, String> SHELF_ID = Column.ofString("ShelfId", Shelf::shelfId);
  static final Column<Shelf, String> SHELF_NAME = Column.ofString("Name", Shelf::name);
  static final IndexDefinition<Shelf> SHELVES_BY_NAME =
      IndexDefinition.of("ShelvesByName", SHELF_NAME.ascending(), SHELF_ID.ascending());

  static final Column<Book, String> BOOK_SHELF = Column.ofString("ShelfId", Book::shelfId);
  static final Column<Book, String> BOOK_ID = Column.ofString("BookId", Book::bookId);
  static final Column<Book, String> BOOK_TITLE = Column.ofString("Title", Book::title);

  static final Column<Note, String> NOTE_SHELF = Column.ofString("ShelfId", Note::shelfId);
  static final Column<Note, String> NOTE_BOOK = Column.ofString("BookId", Note::bookId);
  static final Column<Note, String> NOTE_ID = Column.ofString("NoteId", Note::noteId);

  final ResourceDefinition<Shelf> shelf;
  final ResourceDefinition<Book> book;
  final ResourceDefinition<Note> note;

  /**
   * A family whose resource and table names carry {@code suffix}, so tests sharing one store meet
   * neither each other's records nor each other's client tokens.
   */
  Library(String suffix) {
    shelf =
        ResourceDefinition.builder(
                "Shelf" + suffix,
                TableSchema.builder("Shelf" + suffix, SHELF_ID.ascending())
                    .index(SHELVES_BY_NAME)
                    .codec(RecordCodec.json(Shelf.class))
                    .build())
            .minter(IdentifierMinter.hex("sh-", 8))
            .notFound(key -> new NoSuchThing("Shelf " + key.get(0) + " does not exist"))
            .idempotencyMismatch(TokenMismatch::new)
            .build();
    book =
        ResourceDefinition.builder(
                "Book" + suffix,
                TableSchema.builder("Book" + suffix, BOOK_SHELF.ascending(), BOOK_ID.ascending())
                    .codec(RecordCodec.json(Book.class))
                    .build())
            .parent(shelf)
            .minter(IdentifierMinter.uuid())
            .notFound(key -> new NoSuchThing("Book " + key.get(1) + " does not exist"))
            .idempotencyMismatch(TokenMismatch::new)
            .build();
    note =
        ResourceDefinition.builder(
                "Note" + suffix,
                TableSchema.builder(
                        "Note" + suffix,
                        NOTE_SHELF.ascending(),
                        NOTE_BOOK.ascending(),
                        NOTE_ID.ascending())
                    .codec(RecordCodec.json(Note.class))
                    .build())
            .parent(book)
            .minter(IdentifierMinter.hex("n-", 6))
            .notFound(key -> new NoSuchThing("Note " + key.get(2) + " does not exist"))
            .build();
  }
}
