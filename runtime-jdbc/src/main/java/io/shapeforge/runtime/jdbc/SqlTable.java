package io.shapeforge.runtime.jdbc;

import static io.shapeforge.runtime.jdbc.SqlNames.quote;

import io.shapeforge.runtime.store.Column;
import io.shapeforge.runtime.store.Condition;
import io.shapeforge.runtime.store.IndexDefinition;
import io.shapeforge.runtime.store.Key;
import io.shapeforge.runtime.store.KeyPart;
import io.shapeforge.runtime.store.PageRequest;
import io.shapeforge.runtime.store.RecordCodec;
import io.shapeforge.runtime.store.ScanRange;
import io.shapeforge.runtime.store.Table;
import io.shapeforge.runtime.store.TableSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.StringJoiner;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A {@link Table} in one SQL table. Every statement reads or writes whole rows through the primary
 * key or one declared index; a page is one {@code SELECT}, or, fanned out over an {@code IN}
 * column, a {@code UNION ALL} of one index range per value under one {@code ORDER BY ... LIMIT},
 * which the database merges (PostgreSQL with a Merge Append), so every range is read in index order
 * and never past the page.
 *
 * <p>Conditional writes lock the row they test ({@code SELECT ... FOR UPDATE}) in the same
 * transaction as the write, so they hold across nodes; a transaction's reads lock too, so what it
 * checked stays true until it commits.
 */
final class SqlTable<R> implements Table<R> {
  private static final int SCAN_BATCH = 256;

  private final TableSchema<R> schema;
  private final SqlDialect dialect;
  private final Connections connections;
  private final RecordCodec<R> codec;
  private final List<Column<R, ?>> columns;
  private final String table;
  private final String insert;
  private final String update;
  private final String keyWhere;

  SqlTable(TableSchema<R> schema, SqlDialect dialect, Connections connections) {
    this.schema = schema;
    this.dialect = dialect;
    this.connections = connections;
    this.codec = schema.codec();
    this.columns = schema.keyColumns();
    this.table = quote(schema.name());
    StringJoiner names = new StringJoiner(", ");
    StringJoiner marks = new StringJoiner(", ");
    StringJoiner sets = new StringJoiner(", ");
    for (Column<R, ?> column : columns) {
      names.add(quote(column.name()));
      marks.add("?");
      sets.add(quote(column.name()) + " = ?");
    }
    names.add(quote(SqlNames.RECORD));
    marks.add("?");
    sets.add(quote(SqlNames.RECORD) + " = ?");
    StringJoiner key = new StringJoiner(" AND ");
    for (KeyPart<R> part : schema.primaryKey().parts()) {
      key.add(quote(part.column().name()) + " = ?");
    }
    this.keyWhere = key.toString();
    this.insert = "INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")";
    this.update = "UPDATE " + table + " SET " + sets + " WHERE " + keyWhere;
  }

  /** The same table on other connections, such as a transaction's. */
  SqlTable<R> on(Connections other) {
    return new SqlTable<>(schema, dialect, other);
  }

  @Override
  public TableSchema<R> schema() {
    return schema;
  }

  @Override
  public Optional<R> get(Key primaryKey) {
    schema.checkPrimaryKey(primaryKey);
    if (connections.inTransaction()) {
      return connections.write("get", connection -> select(connection, primaryKey, true));
    }
    return connections.read("get", connection -> select(connection, primaryKey, false));
  }

  @Override
  public Optional<R> put(R record) {
    Key key = keyOf(record);
    return connections.write(
        "put",
        connection -> {
          Optional<R> previous = select(connection, key, true);
          if (previous.isPresent()) {
            update(connection, record, key);
          } else if (!insert(connection, record)) {
            // Another node inserted it between our look and our insert: the write loses the race
            // and
            // is retried, then it finds and replaces that row.
            throw new SQLException("concurrent insert of " + key, "40001");
          }
          return previous;
        });
  }

  @Override
  public boolean insertIfAbsent(R record) {
    Objects.requireNonNull(record, "record");
    keyOf(record);
    return connections.write("insert", connection -> insert(connection, record));
  }

  @Override
  public boolean replaceIf(R record, Predicate<? super R> expected) {
    Objects.requireNonNull(expected, "expected");
    Key key = keyOf(record);
    return connections.write(
        "replace",
        connection -> {
          Optional<R> current = select(connection, key, true);
          if (current.isEmpty() || !expected.test(current.get())) {
            return false;
          }
          update(connection, record, key);
          return true;
        });
  }

  @Override
  public boolean deleteIf(Key primaryKey, Predicate<? super R> expected) {
    Objects.requireNonNull(expected, "expected");
    schema.checkPrimaryKey(primaryKey);
    return connections.write(
        "delete",
        connection -> {
          Optional<R> current = select(connection, primaryKey, true);
          if (current.isEmpty() || !expected.test(current.get())) {
            return false;
          }
          deleteRow(connection, primaryKey);
          return true;
        });
  }

  @Override
  public Optional<R> delete(Key primaryKey) {
    schema.checkPrimaryKey(primaryKey);
    return connections.write(
        "delete",
        connection -> {
          Optional<R> current = select(connection, primaryKey, true);
          if (current.isPresent()) {
            deleteRow(connection, primaryKey);
          }
          return current;
        });
  }

  @Override
  public long size() {
    return connections.read(
        "size",
        connection -> {
          try (PreparedStatement statement =
                  connection.prepareStatement("SELECT COUNT(*) FROM " + table);
              ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
          }
        });
  }

  /**
   * Conditions on stored columns go into the SQL. A condition on a column that no key or index
   * holds (say a prefix filter on a member nothing is indexed by) cannot, so those rows are read in
   * keyset batches and tested here, as the in-memory store tests every row it reads.
   */
  @Override
  public List<R> page(PageRequest<R> request) {
    IndexDefinition<R> index = declared(request.index());
    List<KeyPart<R>> order = totalOrder(index, request.order());
    List<Condition<R>> inSql = new ArrayList<>();
    List<Condition<R>> inJava = new ArrayList<>();
    for (Condition<R> condition : request.conditions()) {
      (stored(condition.column()) ? inSql : inJava).add(condition);
    }
    if (inJava.isEmpty()) {
      return select(request, index, order, inSql, request.limit(), null);
    }
    int batchSize =
        request.limit() == Integer.MAX_VALUE
            ? SCAN_BATCH
            : Math.max(request.limit(), SCAN_BATCH / 4);
    List<R> page = new ArrayList<>();
    Key cursor = null;
    while (page.size() < request.limit()) {
      List<R> batch = select(request, index, order, inSql, batchSize, cursor);
      for (R record : batch) {
        if (page.size() < request.limit()
            && inJava.stream().allMatch(condition -> condition.matches(record))) {
          page.add(record);
        }
      }
      if (batch.size() < batchSize) {
        break;
      }
      cursor = keyIn(order, batch.get(batch.size() - 1));
    }
    return page;
  }

  private boolean stored(Column<R, ?> column) {
    return columns.stream().anyMatch(storedColumn -> storedColumn.name().equals(column.name()));
  }

  /**
   * One statement: the page's rows that pass {@code conditions}, after {@code cursor} in {@code
   * order}. Each range is ordered by the whole index, equality-bound leading columns included: the
   * same order, and H2 only reads an index in order for an ORDER BY that starts at its first
   * column.
   */
  private List<R> select(
      PageRequest<R> request,
      IndexDefinition<R> index,
      List<KeyPart<R>> order,
      List<Condition<R>> conditions,
      int limit,
      Key cursor) {
    Condition<R> fanOut = request.fanOut();
    if (fanOut == null) {
      SqlSelect<R> select =
          range(
              request, index, conditions, request.prefix(), quote(SqlNames.RECORD), cursor, order);
      select
          .orderBy(storedIndexParts(schema, index))
          .limit(limit == Integer.MAX_VALUE ? -1 : limit);
      return connections.read(
          "page", connection -> records(connection, select.sql(), select.parameters()));
    }
    // One index range per value, each limited, merged by the outer ORDER BY.
    List<String> aliases = new ArrayList<>();
    StringJoiner selected = new StringJoiner(", ");
    selected.add(quote(SqlNames.RECORD));
    for (int i = 0; i < order.size(); i++) {
      aliases.add("sf_o" + i);
      selected.add(quote(order.get(i).column().name()) + " AS sf_o" + i);
    }
    StringJoiner union = new StringJoiner(" UNION ALL ");
    List<Object> parameters = new ArrayList<>();
    for (Object value : fanOut.values()) {
      List<Condition<R>> others = new ArrayList<>(conditions);
      others.remove(fanOut);
      SqlSelect<R> range =
          range(
              request,
              index,
              others,
              request.prefix().append(value),
              selected.toString(),
              cursor,
              order);
      range.orderBy(storedIndexParts(schema, index)).limit(limit);
      union.add("(" + range.sql() + ")");
      parameters.addAll(range.parameters());
    }
    String sql =
        "SELECT "
            + quote(SqlNames.RECORD)
            + " FROM ("
            + union
            + ") sf_ranges ORDER BY "
            + SqlSelect.orderBy(order, aliases)
            + " LIMIT "
            + limit;
    return connections.read("page", connection -> records(connection, sql, parameters));
  }

  private SqlSelect<R> range(
      PageRequest<R> request,
      IndexDefinition<R> index,
      List<Condition<R>> conditions,
      Key prefix,
      String selected,
      Key cursor,
      List<KeyPart<R>> order) {
    SqlSelect<R> select =
        new SqlSelect<R>(schema.name(), selected).through(dialect, sqlIndexName(index));
    select.prefix(index.parts(), prefix);
    conditions.forEach(select::condition);
    if (request.after() != null) {
      select.from(request.order(), request.after(), false);
    }
    if (cursor != null) {
      select.from(order, cursor, false);
    }
    return select;
  }

  private static <R> Key keyIn(List<KeyPart<R>> order, R record) {
    Object[] values = new Object[order.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = order.get(i).column().get(record);
    }
    return Key.of(values);
  }

  @Override
  public Stream<R> scan(IndexDefinition<R> index, ScanRange range) {
    IndexDefinition<R> declared = declared(index);
    index.checkKey(range.prefix(), "prefix");
    if (range.lowerBound() != null) {
      index.checkKey(range.lowerBound(), "lower bound");
    }
    List<KeyPart<R>> order = totalOrder(declared, declared.parts());
    Iterator<R> batches = new Batches(declared, order, range);
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(batches, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /**
   * A scan as successive keyset batches: no cursor stays open between batches, so a scan holds no
   * connection while its caller works, and each batch sees committed data.
   */
  private final class Batches implements Iterator<R> {
    private final IndexDefinition<R> index;
    private final List<KeyPart<R>> order;
    private final ScanRange range;
    private List<R> batch = List.of();
    private int position;
    private Key last;
    private boolean exhausted;

    Batches(IndexDefinition<R> index, List<KeyPart<R>> order, ScanRange range) {
      this.index = index;
      this.order = order;
      this.range = range;
    }

    @Override
    public boolean hasNext() {
      if (position < batch.size()) {
        return true;
      }
      if (exhausted) {
        return false;
      }
      SqlSelect<R> select =
          new SqlSelect<R>(schema.name(), quote(SqlNames.RECORD))
              .through(dialect, sqlIndexName(index));
      select.prefix(index.parts(), range.prefix());
      if (range.lowerBound() != null) {
        select.from(index.parts(), range.lowerBound(), range.lowerInclusive());
      }
      if (last != null) {
        select.from(order, last, false);
      }
      select.orderBy(order).limit(SCAN_BATCH);
      batch =
          connections.read(
              "scan", connection -> records(connection, select.sql(), select.parameters()));
      position = 0;
      exhausted = batch.size() < SCAN_BATCH;
      if (!batch.isEmpty()) {
        last = keyIn(order, batch.get(batch.size() - 1));
      }
      return !batch.isEmpty();
    }

    @Override
    public R next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return batch.get(position++);
    }
  }

  /**
   * The SQL name of a secondary index; {@code null} for the primary key, whose name the database
   * picks.
   */
  private String sqlIndexName(IndexDefinition<R> index) {
    return index.name().equals(TableSchema.PRIMARY_KEY)
        ? null
        : SqlNames.indexName(schema.name(), index.name());
  }

  /** The index order followed by the primary key parts it lacks: the order the SQL index holds. */
  private List<KeyPart<R>> totalOrder(IndexDefinition<R> index, List<KeyPart<R>> order) {
    List<KeyPart<R>> total = new ArrayList<>(order);
    for (KeyPart<R> part : schema.primaryKey().parts()) {
      if (index.parts().stream()
          .noneMatch(taken -> taken.column().name().equals(part.column().name()))) {
        total.add(part);
      }
    }
    return total;
  }

  /** The primary key and secondary indexes, as stored: each index ends in the primary key parts. */
  static <R> List<KeyPart<R>> storedIndexParts(TableSchema<R> schema, IndexDefinition<R> index) {
    List<KeyPart<R>> parts = new ArrayList<>(index.parts());
    for (KeyPart<R> part : schema.primaryKey().parts()) {
      if (parts.stream().noneMatch(taken -> taken.column().name().equals(part.column().name()))) {
        parts.add(part);
      }
    }
    return parts;
  }

  private IndexDefinition<R> declared(IndexDefinition<R> index) {
    Objects.requireNonNull(index, "index");
    if (!schema.declares(index)) {
      throw new IllegalArgumentException("table " + schema.name() + " has no index " + index);
    }
    return index;
  }

  private Key keyOf(R record) {
    Objects.requireNonNull(record, "record");
    Key key = schema.primaryKey().keyOf(record);
    schema.checkPrimaryKey(key);
    for (Column<R, ?> column : columns) {
      Object value = column.get(record);
      if (value instanceof Instant
          && ((Instant) value).getNano() % dialect.instantNanosStep() != 0) {
        throw new IllegalArgumentException(
            "column "
                + column.name()
                + " holds "
                + value
                + ", finer than the "
                + dialect.instantNanosStep()
                + " ns a "
                + dialect
                + " store keeps; an index would order it wrongly");
      }
    }
    return key;
  }

  private Optional<R> select(Connection connection, Key key, boolean lock) throws SQLException {
    String sql =
        "SELECT "
            + quote(SqlNames.RECORD)
            + " FROM "
            + table
            + " WHERE "
            + keyWhere
            + (lock ? " FOR UPDATE" : "");
    List<R> found = records(connection, sql, key.values());
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  private List<R> records(Connection connection, String sql, List<Object> parameters)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      SqlValues.bindAll(statement, parameters);
      try (ResultSet rows = statement.executeQuery()) {
        List<R> records = new ArrayList<>();
        while (rows.next()) {
          records.add(codec.decode(rows.getBytes(1)));
        }
        return records;
      }
    }
  }

  /** Inserts the row; {@code false} when its primary key is taken. */
  private boolean insert(Connection connection, R record) throws SQLException {
    String primaryKey =
        String.join(
            ", ",
            schema.primaryKey().parts().stream()
                .map(part -> quote(part.column().name()))
                .toArray(String[]::new));
    try (PreparedStatement statement =
        connection.prepareStatement(dialect.insertIfAbsent(insert, primaryKey))) {
      int next = bindRow(statement, record, 1);
      assert next > 0;
      return statement.executeUpdate() == 1;
    } catch (SQLException e) {
      if (JdbcStore.isUniqueViolation(e)) {
        return false;
      }
      throw e;
    }
  }

  private void update(Connection connection, R record, Key key) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(update)) {
      int next = bindRow(statement, record, 1);
      for (Object value : key.values()) {
        SqlValues.bind(statement, next++, value);
      }
      statement.executeUpdate();
    }
  }

  private void deleteRow(Connection connection, Key key) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("DELETE FROM " + table + " WHERE " + keyWhere)) {
      SqlValues.bindAll(statement, key.values());
      statement.executeUpdate();
    }
  }

  private int bindRow(PreparedStatement statement, R record, int first) throws SQLException {
    int index = first;
    for (Column<R, ?> column : columns) {
      SqlValues.bind(statement, index++, column.get(record), column.type());
    }
    statement.setBytes(index++, codec.encode(record));
    return index;
  }

  @Override
  public String toString() {
    return "SqlTable[" + schema.name() + " on " + dialect + "]";
  }
}
