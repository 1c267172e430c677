package io.shapeforge.runtime.resource;

import io.shapeforge.runtime.page.NextTokenCodec;
import io.shapeforge.runtime.page.Page;
import io.shapeforge.runtime.page.QueryFingerprint;
import io.shapeforge.runtime.store.Key;
import io.shapeforge.runtime.store.ScanRange;
import io.shapeforge.runtime.store.Store;
import io.shapeforge.runtime.store.Table;
import io.shapeforge.runtime.store.Transaction;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The lifecycle of resources on a {@link Store}: create with client-token idempotency, read,
 * partial update, delete with cascade to children, and keyset-paged listing. It holds no state of
 * its own beyond the store, so several emulator nodes sharing one database behave as one.
 *
 * <pre>{@code
 * ResourceStore resources = new ResourceStore(store, tokens, List.of(WINDOW, TARGET, TASK));
 * Created created = resources.create(WINDOW, Key.empty(), request.clientToken(),
 *     parametersOf(request), id -> windowRecord(id, request));
 * Window window = resources.get(WINDOW, Key.of(created.identifier()));
 * resources.update(WINDOW, window key, w -> w.toBuilder().enabled(false).build());
 * resources.delete(WINDOW, Key.of(windowId));  // its targets and tasks go with it
 * }</pre>
 *
 * <p><b>Concurrency.</b> A create, its client token and its parent check are one transaction, so of
 * two creates racing with one token exactly one writes and the other answers the same identifier.
 * An update is a compare-and-set retried on conflict, so concurrent updates never lose one another.
 * A delete removes the resource and all its descendants in one transaction. Lists are weakly
 * consistent pages, as the {@link Store} contract describes.
 *
 * <p>Thread-safe.
 */
public final class ResourceStore {
  /**
   * Random identifiers collide about never; a few retries turn "about" into "never in practice".
   */
  private static final int MINT_ATTEMPTS = 8;

  private final Store store;
  private final NextTokenCodec tokens;
  private final List<ResourceDefinition<?>> resources;
  private final Map<String, IdentifierMinter> minters = new HashMap<>();

  /**
   * @param resources every resource this store serves; a delete cascades to those among them whose
   *     parent is the deleted resource. Their minters are the ones used, also when a caller passes
   *     another definition of the same name (see {@link ResourceDefinition#withMinter}).
   */
  public ResourceStore(Store store, NextTokenCodec tokens, List<ResourceDefinition<?>> resources) {
    this.store = Objects.requireNonNull(store, "store");
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.resources = List.copyOf(resources);
    for (ResourceDefinition<?> resource : this.resources) {
      store.table(resource.table());
      if (minters.put(resource.name(), resource.minter()) != null) {
        throw new IllegalArgumentException("two resources are named " + resource.name());
      }
    }
    store.table(ClientTokenRecord.TABLE);
  }

  /**
   * Creates a resource under {@code parentKey} (empty for a top-level one), unless {@code
   * clientToken} created one before.
   *
   * @param clientToken the caller's idempotency token, or {@code null} for none
   * @param parameters the create parameters in a canonical form (for example the request's JSON
   *     without its token); a reused token must come with the same bytes
   * @param recordFor the new record, given its minted identifier
   * @throws RuntimeException the parent's not-found error when an ancestor is missing, or the
   *     definition's idempotency mismatch error for a token reused with other parameters
   */
  public <R> Created create(
      ResourceDefinition<R> resource,
      Key parentKey,
      String clientToken,
      byte[] parameters,
      Function<String, R> recordFor) {
    Objects.requireNonNull(parentKey, "parentKey");
    Objects.requireNonNull(recordFor, "recordFor");
    if (parentKey.size() != resource.parentKeySize()) {
      throw new IllegalArgumentException(
          resource.name() + " needs a parent key of " + resource.parentKeySize() + " values");
    }
    String digest = clientToken == null ? null : digest(parameters);
    while (true) {
      try {
        IdentifierMinter minter = minters.getOrDefault(resource.name(), resource.minter());
        return store.inTransaction(
            tx -> createOnce(tx, resource, minter, parentKey, clientToken, digest, recordFor));
      } catch (TokenTakenMeanwhile raced) {
        // The other create committed first and this one rolled back: the next attempt replays it.
      }
    }
  }

  private static <R> Created createOnce(
      Transaction tx,
      ResourceDefinition<R> resource,
      IdentifierMinter minter,
      Key parentKey,
      String clientToken,
      String digest,
      Function<String, R> recordFor) {
    if (resource.parent() != null) {
      requireExists(tx, resource.parent(), parentKey);
    }
    Table<ClientTokenRecord> usedTokens = tx.table(ClientTokenRecord.TABLE);
    if (clientToken != null) {
      Optional<ClientTokenRecord> used = usedTokens.get(Key.of(resource.name(), clientToken));
      if (used.isPresent()) {
        if (!used.get().parametersDigest().equals(digest)) {
          throw resource.idempotencyMismatch();
        }
        String identifier = used.get().identifier();
        return new Created(identifier, resource.keyOf(parentKey, identifier), true);
      }
    }
    String identifier =
        insertNew(tx.table(resource.table()), resource, minter, parentKey, recordFor);
    // A conditional insert, not a put: on a SQL store two transactions can both find the token
    // absent (read committed); the insert of the second waits for the first and then fails.
    if (clientToken != null
        && !usedTokens.insertIfAbsent(
            new ClientTokenRecord(resource.name(), clientToken, digest, identifier))) {
      throw new TokenTakenMeanwhile();
    }
    return new Created(identifier, resource.keyOf(parentKey, identifier), false);
  }

  /** Rolls back a create whose client token another create stored first. */
  private static final class TokenTakenMeanwhile extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TokenTakenMeanwhile() {
      super(null, null, false, false);
    }
  }

  private static <R> String insertNew(
      Table<R> table,
      ResourceDefinition<R> resource,
      IdentifierMinter minter,
      Key parentKey,
      Function<String, R> recordFor) {
    for (int attempt = 0; attempt < MINT_ATTEMPTS; attempt++) {
      String identifier = minter.mint();
      R record = recordFor.apply(identifier);
      Key key = resource.table().primaryKey().keyOf(record);
      if (!key.equals(resource.keyOf(parentKey, identifier))) {
        throw new IllegalArgumentException(
            resource.name()
                + ": the new record's key "
                + key
                + " is not its parent's key and the minted identifier "
                + identifier);
      }
      if (table.insertIfAbsent(record)) {
        return identifier;
      }
    }
    throw new IllegalStateException(
        resource.name() + ": " + MINT_ATTEMPTS + " minted identifiers in a row were taken");
  }

  /** The resource with this whole primary key, if it exists. */
  public <R> Optional<R> find(ResourceDefinition<R> resource, Key key) {
    return table(resource).get(key);
  }

  /**
   * The resource with this whole primary key.
   *
   * @throws RuntimeException the not-found error of the first missing resource from the top: a task
   *     of a deleted window answers that the window does not exist
   */
  public <R> R get(ResourceDefinition<R> resource, Key key) {
    Optional<R> found = table(resource).get(key);
    if (found.isPresent()) {
      return found.get();
    }
    // Missing: report the outermost missing ancestor, as the caller would see it.
    if (resource.parent() != null) {
      requireExistsOutside(resource.parent(), resource.parentKeyOf(key));
    }
    throw resource.notFound(key);
  }

  /**
   * Replaces the resource with {@code change} applied to it, as a compare-and-set retried until no
   * other write came in between; {@code change} may therefore run more than once and should be a
   * pure function. A change that returns an equal record writes nothing.
   *
   * @return the record as written
   * @throws RuntimeException the not-found error (see {@link #get})
   * @throws IllegalArgumentException when {@code change} alters the primary key
   */
  public <R> R update(ResourceDefinition<R> resource, Key key, UnaryOperator<R> change) {
    Table<R> table = table(resource);
    while (true) {
      R current = get(resource, key);
      R changed = Objects.requireNonNull(change.apply(current), "change returned null");
      if (!resource.table().primaryKey().keyOf(changed).equals(key)) {
        throw new IllegalArgumentException(resource.name() + ": an update may not change the key");
      }
      if (changed.equals(current)) {
        return current;
      }
      if (table.replaceIf(changed, stored -> stored.equals(current))) {
        return changed;
      }
    }
  }

  /**
   * Deletes the resource and, in the same transaction, every descendant.
   *
   * @return the deleted record
   * @throws RuntimeException the not-found error (see {@link #get})
   */
  public <R> R delete(ResourceDefinition<R> resource, Key key) {
    return delete(resource, key, (tx, record) -> {});
  }

  /**
   * Deletes the resource and its descendants after {@code guard} accepts it, all in one
   * transaction: {@code guard} reads through the transaction and throws to refuse, so what it
   * checked still holds when the delete happens.
   */
  public <R> R delete(ResourceDefinition<R> resource, Key key, BiConsumer<Transaction, R> guard) {
    return store.inTransaction(
        tx -> {
          R record = requireExists(tx, resource, key);
          guard.accept(tx, record);
          deleteTree(tx, resource, key);
          return record;
        });
  }

  private void deleteTree(Transaction tx, ResourceDefinition<?> resource, Key key) {
    for (ResourceDefinition<?> child : resources) {
      // By name: the resource may be a copy with another minter (ResourceDefinition.withMinter).
      if (child.parent() != null && child.parent().name().equals(resource.name())) {
        for (Key childKey : childKeys(tx, child, key)) {
          deleteTree(tx, child, childKey);
        }
      }
    }
    tx.table(resource.table()).delete(key);
  }

  private static <C> List<Key> childKeys(Transaction tx, ResourceDefinition<C> child, Key parent) {
    Table<C> table = tx.table(child.table());
    try (Stream<C> children = table.scan(child.table().primaryKey(), ScanRange.prefix(parent))) {
      return children.map(child.table().primaryKey()::keyOf).collect(Collectors.toList());
    }
  }

  /**
   * One page of {@code query}: up to its page size of records in index order, and a next token when
   * more follow.
   *
   * @throws RuntimeException the parent's not-found error when the query names a missing parent, or
   *     {@link io.shapeforge.runtime.page.InvalidNextTokenException} for a token this store did not
   *     issue for the same query
   */
  public <R> Page<R> list(ResourceDefinition<R> resource, ResourceQuery<R> query) {
    if (query.parent() != null) {
      if (resource.parent() == null) {
        throw new IllegalArgumentException(resource.name() + " has no parent");
      }
      requireExistsOutside(resource.parent(), query.parent());
    }
    QueryFingerprint fingerprint = query.fingerprint();
    Key after =
        query.nextToken() == null
            ? null
            : tokens.decode(query.nextToken(), fingerprint, query.orderTypes());
    int size = query.pageSize();
    int limit = size == Integer.MAX_VALUE ? size : size + 1;
    List<R> items = table(resource).page(query.request(after, limit));
    if (items.size() <= size) {
      return new Page<>(items, null);
    }
    List<R> page = new ArrayList<>(items.subList(0, size));
    String next =
        tokens.encode(fingerprint, query.orderKeyOf(page.get(size - 1)), query.orderTypes());
    return new Page<>(page, next);
  }

  private <R> Table<R> table(ResourceDefinition<R> resource) {
    return store.table(resource.table());
  }

  private <P> void requireExistsOutside(ResourceDefinition<P> resource, Key key) {
    if (resource.parent() != null) {
      requireExistsOutside(resource.parent(), resource.parentKeyOf(key));
    }
    if (table(resource).get(key).isEmpty()) {
      throw resource.notFound(key);
    }
  }

  private static <R> R requireExists(Transaction tx, ResourceDefinition<R> resource, Key key) {
    if (resource.parent() != null) {
      requireExists(tx, resource.parent(), resource.parentKeyOf(key));
    }
    return tx.table(resource.table()).get(key).orElseThrow(() -> resource.notFound(key));
  }

  private static String digest(byte[] parameters) {
    Objects.requireNonNull(parameters, "parameters");
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(parameters);
      return Base64.getEncoder().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
