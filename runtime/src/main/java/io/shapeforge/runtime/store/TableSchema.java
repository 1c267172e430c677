package io.shapeforge.runtime.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A table: its name, its primary key, its secondary indexes and the {@link RecordCodec} that turns
 * its records into bytes. A {@link Store} opens a table from its schema; a SQL store derives its
 * DDL from it (a column per key part, an index per index, the record as bytes).
 *
 * <pre>{@code
 * TableSchema<Task> schema = TableSchema.builder("tasks", SCOPE.ascending(), ID.ascending())
 *     .indexes(QUERY.indexes())
 *     .codec(RecordCodec.json(Task.class))
 *     .build();
 * }</pre>
 *
 * @param <R> the record type
 */
public final class TableSchema<R> {
  /** The name of every table's primary key index. */
  public static final String PRIMARY_KEY = "primary";

  private final String name;
  private final IndexDefinition<R> primaryKey;
  private final List<IndexDefinition<R>> secondaryIndexes;
  private final RecordCodec<R> codec;

  private TableSchema(
      String name,
      IndexDefinition<R> primaryKey,
      List<IndexDefinition<R>> secondaryIndexes,
      RecordCodec<R> codec) {
    this.name = name;
    this.primaryKey = primaryKey;
    this.secondaryIndexes = List.copyOf(secondaryIndexes);
    this.codec = codec;
  }

  /** Starts a schema with its primary key; primary key values may not be {@code null}. */
  @SafeVarargs
  public static <R> Builder<R> builder(String name, KeyPart<R>... primaryKey) {
    return new Builder<>(name, new IndexDefinition<>(PRIMARY_KEY, KeyPart.listOf(primaryKey)));
  }

  /** The table name. */
  public String name() {
    return name;
  }

  /** The primary key, an index named {@value #PRIMARY_KEY}. */
  public IndexDefinition<R> primaryKey() {
    return primaryKey;
  }

  /** The secondary indexes, in declaration order. */
  public List<IndexDefinition<R>> secondaryIndexes() {
    return secondaryIndexes;
  }

  /**
   * The codec of this table's records.
   *
   * @throws IllegalStateException when the schema was built without one: a store that keeps records
   *     as bytes cannot open it
   */
  public RecordCodec<R> codec() {
    if (codec == null) {
      throw new IllegalStateException(
          "table "
              + name
              + " has no record codec: a store that keeps records as"
              + " bytes needs TableSchema.Builder.codec(...), such as RecordCodec.json(RecordClass.class)");
    }
    return codec;
  }

  /** Whether the schema has a {@link #codec()}. */
  public boolean hasCodec() {
    return codec != null;
  }

  /**
   * Rejects a key that is not a whole primary key of this table: the wrong length, a value of the
   * wrong type, or a {@code null} value.
   *
   * @throws IllegalArgumentException naming the offending value
   */
  public void checkPrimaryKey(Key key) {
    primaryKey.checkKey(key, "primary key");
    if (key.size() != primaryKey.parts().size()) {
      throw new IllegalArgumentException(
          "primary key " + key + " needs " + primaryKey.parts().size() + " values");
    }
    for (int i = 0; i < key.size(); i++) {
      if (key.get(i) == null) {
        throw new IllegalArgumentException(
            "primary key " + key + ": " + primaryKey.parts().get(i).column().name() + " is null");
      }
    }
  }

  /** Every column of the primary key and the indexes, each once, in first-use order. */
  public List<Column<R, ?>> keyColumns() {
    Map<String, Column<R, ?>> columns = new LinkedHashMap<>();
    for (KeyPart<R> part : primaryKey.parts()) {
      columns.putIfAbsent(part.column().name(), part.column());
    }
    for (IndexDefinition<R> index : secondaryIndexes) {
      for (KeyPart<R> part : index.parts()) {
        Column<R, ?> taken = columns.putIfAbsent(part.column().name(), part.column());
        if (taken != null && !taken.sameAs(part.column())) {
          throw new IllegalStateException(
              "table " + name + " has two columns named " + taken.name());
        }
      }
    }
    return List.copyOf(columns.values());
  }

  /** The index with this name, the primary key included, or {@code null}. */
  public IndexDefinition<R> index(String indexName) {
    if (primaryKey.name().equals(indexName)) {
      return primaryKey;
    }
    for (IndexDefinition<R> index : secondaryIndexes) {
      if (index.name().equals(indexName)) {
        return index;
      }
    }
    return null;
  }

  /** Whether this schema declares an index equal to {@code index} by name and parts. */
  public boolean declares(IndexDefinition<?> index) {
    IndexDefinition<R> declared = index(index.name());
    return declared != null && declared.sameAs(index);
  }

  /** Whether {@code other} has the same name, primary key and secondary indexes. */
  public boolean sameAs(TableSchema<?> other) {
    if (!name.equals(other.name)
        || !primaryKey.sameAs(other.primaryKey)
        || secondaryIndexes.size() != other.secondaryIndexes.size()) {
      return false;
    }
    for (int i = 0; i < secondaryIndexes.size(); i++) {
      if (!secondaryIndexes.get(i).sameAs(other.secondaryIndexes.get(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "TableSchema[" + name + ", " + primaryKey + ", " + secondaryIndexes + "]";
  }

  /**
   * Builds a {@link TableSchema}.
   *
   * @param <R> the record type
   */
  public static final class Builder<R> {
    private final String name;
    private final IndexDefinition<R> primaryKey;
    private final Map<String, IndexDefinition<R>> indexes = new LinkedHashMap<>();
    private RecordCodec<R> codec;

    private Builder(String name, IndexDefinition<R> primaryKey) {
      if (name == null || name.isEmpty()) {
        throw new IllegalArgumentException("a table needs a name");
      }
      this.name = name;
      this.primaryKey = primaryKey;
    }

    /**
     * Adds a secondary index. Adding an index equal to one already added is a no-op, so several
     * queries may ask for the same index; a different index under a taken name is an error.
     */
    public Builder<R> index(IndexDefinition<R> index) {
      Objects.requireNonNull(index, "index");
      if (index.name().equals(PRIMARY_KEY)) {
        throw new IllegalArgumentException(
            "the index name '" + PRIMARY_KEY + "' is reserved for the primary key");
      }
      IndexDefinition<R> taken = indexes.putIfAbsent(index.name(), index);
      if (taken != null && !taken.sameAs(index)) {
        throw new IllegalArgumentException(
            "table " + name + " already has a different index " + taken);
      }
      return this;
    }

    /** Adds secondary indexes, as {@link #index} does. */
    public Builder<R> indexes(Collection<IndexDefinition<R>> more) {
      more.forEach(this::index);
      return this;
    }

    /** Sets the codec a persistent store writes records with; the in-memory store needs none. */
    public Builder<R> codec(RecordCodec<R> codec) {
      this.codec = Objects.requireNonNull(codec, "codec");
      return this;
    }

    /** The schema. */
    public TableSchema<R> build() {
      return new TableSchema<>(name, primaryKey, new ArrayList<>(indexes.values()), codec);
    }
  }
}
