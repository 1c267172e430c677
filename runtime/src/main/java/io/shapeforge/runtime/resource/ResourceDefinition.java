package io.shapeforge.runtime.resource;

import io.shapeforge.runtime.store.Column;
import io.shapeforge.runtime.store.Key;
import io.shapeforge.runtime.store.KeyPart;
import io.shapeforge.runtime.store.TableSchema;
import io.shapeforge.runtime.store.ValueType;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a resource is, for {@link ResourceStore}: its table, its parent, how its identifier is
 * minted and which errors its callers expect. A plain builder, so that a processor can emit one per
 * declared resource as easily as a person writes it.
 *
 * <p><b>Keys.</b> A resource's primary key is its parent's primary key followed by one string
 * column, its own identifier. A child is therefore stored under its parent, so a parent's children
 * are one range scan: for listing them and for the cascade when the parent is deleted.
 *
 * <pre>{@code
 * ResourceDefinition<Window> window = ResourceDefinition.builder("MaintenanceWindow", WINDOWS)
 *     .minter(IdentifierMinter.hex("mw-", 17))
 *     .notFound(key -> new DoesNotExistException("Maintenance window " + key.get(0) + " does not exist"))
 *     .idempotencyMismatch(IdempotentParameterMismatch::new)
 *     .build();
 * ResourceDefinition<Target> target = ResourceDefinition.builder("MaintenanceWindowTarget", TARGETS)
 *     .parent(window)
 *     .minter(IdentifierMinter.uuid())
 *     .notFound(key -> new DoesNotExistException("..."))
 *     .build();
 * }</pre>
 *
 * @param <R> the record type
 */
public final class ResourceDefinition<R> {
  private final String name;
  private final TableSchema<R> table;
  private final ResourceDefinition<?> parent;
  private final IdentifierMinter minter;
  private final Function<Key, ? extends RuntimeException> notFound;
  private final Supplier<? extends RuntimeException> idempotencyMismatch;

  private ResourceDefinition(ResourceDefinition<R> same, IdentifierMinter minter) {
    this.name = same.name;
    this.table = same.table;
    this.parent = same.parent;
    this.minter = Objects.requireNonNull(minter, "minter");
    this.notFound = same.notFound;
    this.idempotencyMismatch = same.idempotencyMismatch;
  }

  private ResourceDefinition(Builder<R> builder) {
    this.name = builder.name;
    this.table = builder.table;
    this.parent = builder.parent;
    this.minter = Objects.requireNonNull(builder.minter, "a resource needs a minter");
    this.notFound = Objects.requireNonNull(builder.notFound, "a resource needs a notFound error");
    this.idempotencyMismatch = builder.idempotencyMismatch;
    requireKeyUnderParent();
  }

  /** Starts the definition of a resource named {@code name}, stored in {@code table}. */
  public static <R> Builder<R> builder(String name, TableSchema<R> table) {
    return new Builder<>(name, table);
  }

  /** The resource name; client tokens are kept per name. */
  public String name() {
    return name;
  }

  /** The table the records live in. */
  public TableSchema<R> table() {
    return table;
  }

  /** The parent resource, or {@code null} for a top-level one. */
  public ResourceDefinition<?> parent() {
    return parent;
  }

  /** Mints new identifiers. */
  public IdentifierMinter minter() {
    return minter;
  }

  /**
   * This resource with identifiers minted by {@code minter} instead: for an emulator whose ids must
   * be the same on every run (a demo, a golden test) while a generated definition keeps AWS's
   * random ones. Give it to a {@link ResourceStore} in place of this one; the store mints with it
   * wherever the resource, which keeps its name, is created.
   */
  public ResourceDefinition<R> withMinter(IdentifierMinter minter) {
    return new ResourceDefinition<>(this, minter);
  }

  /** The error for a missing resource with this whole primary key. */
  public RuntimeException notFound(Key key) {
    return notFound.apply(key);
  }

  /**
   * The error for a client token reused with other parameters.
   *
   * @throws IllegalStateException when the definition has none: it takes no client tokens
   */
  public RuntimeException idempotencyMismatch() {
    if (idempotencyMismatch == null) {
      throw new IllegalStateException(name + " was defined without an idempotencyMismatch error");
    }
    return idempotencyMismatch.get();
  }

  /** The number of leading key values that are the parent's key. */
  int parentKeySize() {
    return table.primaryKey().parts().size() - 1;
  }

  /** The whole primary key of the resource {@code identifier} under {@code parentKey}. */
  Key keyOf(Key parentKey, String identifier) {
    return parentKey.append(identifier);
  }

  /** The parent's key within this resource's key. */
  Key parentKeyOf(Key key) {
    return Key.of(key.values().subList(0, parentKeySize()));
  }

  private void requireKeyUnderParent() {
    List<KeyPart<R>> parts = table.primaryKey().parts();
    Column<R, ?> own = parts.get(parts.size() - 1).column();
    if (own.type() != ValueType.STRING) {
      throw new IllegalArgumentException(
          name + ": the last primary key column " + own.name() + " must be its string identifier");
    }
    int parentParts = parent == null ? 0 : parent.table.primaryKey().parts().size();
    if (parts.size() != parentParts + 1) {
      throw new IllegalArgumentException(
          name
              + ": the primary key "
              + table.primaryKey()
              + " must be the parent's key ("
              + parentParts
              + " columns) and one identifier");
    }
    for (int i = 0; i < parentParts; i++) {
      ValueType mine = parts.get(i).column().type();
      ValueType theirs = parent.table.primaryKey().parts().get(i).column().type();
      if (mine != theirs) {
        throw new IllegalArgumentException(
            name + ": key column " + (i + 1) + " is a " + mine + ", the parent's a " + theirs);
      }
    }
  }

  @Override
  public String toString() {
    return "ResourceDefinition[" + name + "]";
  }

  /**
   * Builds a {@link ResourceDefinition}.
   *
   * @param <R> the record type
   */
  public static final class Builder<R> {
    private final String name;
    private final TableSchema<R> table;
    private ResourceDefinition<?> parent;
    private IdentifierMinter minter;
    private Function<Key, ? extends RuntimeException> notFound;
    private Supplier<? extends RuntimeException> idempotencyMismatch;

    private Builder(String name, TableSchema<R> table) {
      if (name == null || name.isEmpty()) {
        throw new IllegalArgumentException("a resource needs a name");
      }
      this.name = name;
      this.table = Objects.requireNonNull(table, "table");
    }

    /** Makes this resource a child of {@code parent}: deleted with it, listed under it. */
    public Builder<R> parent(ResourceDefinition<?> parent) {
      this.parent = Objects.requireNonNull(parent, "parent");
      return this;
    }

    /** How new identifiers are minted. */
    public Builder<R> minter(IdentifierMinter minter) {
      this.minter = Objects.requireNonNull(minter, "minter");
      return this;
    }

    /** The error for a missing resource, given its whole primary key. */
    public Builder<R> notFound(Function<Key, ? extends RuntimeException> notFound) {
      this.notFound = Objects.requireNonNull(notFound, "notFound");
      return this;
    }

    /** The error for a client token reused with other parameters. */
    public Builder<R> idempotencyMismatch(Supplier<? extends RuntimeException> mismatch) {
      this.idempotencyMismatch = Objects.requireNonNull(mismatch, "mismatch");
      return this;
    }

    /**
     * The definition.
     *
     * @throws IllegalArgumentException when the table's primary key is not the parent's key and one
     *     string identifier
     */
    public ResourceDefinition<R> build() {
      return new ResourceDefinition<>(this);
    }
  }
}
