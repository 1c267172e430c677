package io.shapeforge.runtime.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import io.shapeforge.runtime.store.Store;
import io.shapeforge.runtime.store.Table;
import io.shapeforge.runtime.store.TableSchema;
import io.shapeforge.runtime.store.Transaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The storage SPI on a SQL database, through a HikariCP pool: an embedded H2 file ({@code h2:FILE})
 * or PostgreSQL ({@code jdbc:postgresql://HOST:PORT/DB?user=...}), which several nodes may share.
 * It keeps the whole {@link Store} contract:
 *
 * <ul>
 *   <li>every write commits before it returns (H2 with {@code WRITE_DELAY=0}, PostgreSQL with its
 *       default synchronous commit), so a killed process loses no acknowledged write;
 *   <li>conditional writes and transaction reads lock the rows they test ({@code FOR UPDATE}), at
 *       READ COMMITTED, so a check-then-write holds across nodes; of two nodes inserting one key,
 *       one succeeds and the other is told the key is taken;
 *   <li>a transaction or write that loses a race (a deadlock or serialization failure) is run
 *       again, up to {@value #ATTEMPTS} times;
 *   <li>pages and scans read committed data, one statement per page, so they are weakly consistent
 *       across pages exactly as the contract allows.
 * </ul>
 *
 * <p>The store records its schema version in {@code shapeforge_catalog} and refuses a database
 * written with a version it does not understand ({@link UnsupportedStoreVersionException}).
 * Timestamps in key columns keep nanoseconds on H2 and microseconds on PostgreSQL; strings order as
 * Java orders them on H2, and by code point on PostgreSQL (the same for text without characters
 * outside the Basic Multilingual Plane).
 *
 * <pre>{@code
 * try (JdbcStore store = JdbcStore.open("jdbc:postgresql://db:5432/ssm?user=ssm&password=...")) {
 *   Table<Task> tasks = store.table(TASKS);
 *   store.inTransaction(tx -> tx.table(TASKS).insertIfAbsent(task));
 * }
 * }</pre>
 */
public final class JdbcStore implements Store {
  static final int ATTEMPTS = 10;

  private final StoreLocation location;
  private final HikariDataSource pool;
  private final SchemaCatalog catalog;
  private final Map<String, SqlTable<?>> tables = new ConcurrentHashMap<>();
  private final Connections pooled = new Pooled();

  private JdbcStore(StoreLocation location, HikariDataSource pool) {
    this.location = location;
    this.pool = pool;
    this.catalog = new SchemaCatalog(location);
  }

  /**
   * Opens the store at {@code location} ({@code h2:FILE}, {@code jdbc:postgresql://...} or {@code
   * jdbc:h2:...}), creating its catalog when the database is empty.
   *
   * @throws IllegalArgumentException when the location is not one of those forms
   * @throws StoreUnavailableException when the database cannot be reached or opened
   * @throws UnsupportedStoreVersionException when it holds a store of an unknown schema version
   */
  public static JdbcStore open(String location) {
    return open(StoreLocation.parse(location), 10);
  }

  /**
   * Opens the store at a parsed location with a pool of at most {@code poolSize} connections.
   *
   * @throws StoreUnavailableException when the database cannot be reached or opened
   * @throws UnsupportedStoreVersionException when it holds a store of an unknown schema version
   */
  public static JdbcStore open(StoreLocation location, int poolSize) {
    Objects.requireNonNull(location, "location");
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(location.jdbcUrl());
    config.setMaximumPoolSize(poolSize);
    config.setPoolName(
        "shapeforge-" + location.dialect().name().toLowerCase(java.util.Locale.ROOT));
    config.setConnectionTimeout(10_000);
    // Fail at open, with the driver's reason, rather than at the first request.
    config.setInitializationFailTimeout(1);
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (HikariPool.PoolInitializationException
        | IllegalArgumentException
        | IllegalStateException e) {
      throw new StoreUnavailableException(location, e);
    }
    JdbcStore store = new JdbcStore(location, pool);
    try {
      store.transact(
          "open the catalog",
          connection -> {
            store.catalog.open(connection);
            return null;
          });
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    return store;
  }

  /** Where this store lives, as the user wrote it (without a password). */
  public StoreLocation location() {
    return location;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <R> Table<R> table(TableSchema<R> schema) {
    Objects.requireNonNull(schema, "schema");
    schema.codec();
    SqlTable<?> open = tables.get(schema.name());
    if (open == null) {
      open = openTable(schema);
    }
    if (open.schema() != schema && !open.schema().sameAs(schema)) {
      throw new IllegalArgumentException(
          "table " + schema.name() + " is open with " + open.schema() + ", not " + schema);
    }
    if (open.schema() != schema) {
      // Same definition, another schema object: its getters and codec are the caller's to use.
      return new SqlTable<>(schema, location.dialect(), pooled);
    }
    return (Table<R>) open;
  }

  /**
   * Creates or checks the table once per store. Synchronized because H2 commits DDL at once, so two
   * threads creating one table would collide; nodes on PostgreSQL serialize on an advisory lock.
   */
  private synchronized <R> SqlTable<?> openTable(TableSchema<R> schema) {
    SqlTable<?> open = tables.get(schema.name());
    if (open == null) {
      transact(
          "open table " + schema.name(),
          connection -> {
            catalog.openTable(connection, schema);
            return null;
          });
      open = new SqlTable<>(schema, location.dialect(), pooled);
      tables.put(schema.name(), open);
    }
    return open;
  }

  @Override
  public <T> T inTransaction(Function<? super Transaction, ? extends T> work) {
    Objects.requireNonNull(work, "work");
    return transact(
        "a transaction",
        connection -> {
          InTransaction transaction = new InTransaction(connection);
          try {
            return work.apply(transaction);
          } catch (SqlFailure e) {
            throw e.cause;
          } finally {
            transaction.open = false;
          }
        });
  }

  /** Closes the pool; an embedded H2 database closes with its last connection. */
  @Override
  public void close() {
    pool.close();
  }

  @Override
  public String toString() {
    return "JdbcStore[" + location.display() + "]";
  }

  /**
   * Runs {@code work} in a transaction of its own, committing at the end and rolling back when it
   * throws; a lost race (serialization failure, deadlock, lock timeout) runs it again.
   */
  private <T> T transact(String what, SqlWork<T> work) {
    SQLException lastRace = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try (Connection connection = pool.getConnection()) {
        connection.setAutoCommit(false);
        try {
          T result = work.run(connection);
          connection.commit();
          return result;
        } catch (SQLException | RuntimeException | Error e) {
          rollBack(connection, e);
          throw e;
        } finally {
          connection.setAutoCommit(true);
        }
      } catch (SQLException e) {
        if (!isRace(e)) {
          throw new JdbcStoreException(
              "cannot " + what + " in " + location.display() + ": " + e.getMessage(), e);
        }
        lastRace = e;
        backOff(attempt);
      }
    }
    throw new JdbcStoreException(
        "gave up on " + what + " in " + location.display() + " after " + ATTEMPTS + " lost races",
        lastRace);
  }

  private <T> T autoCommit(String what, SqlWork<T> work) {
    try (Connection connection = pool.getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw new JdbcStoreException(
          "cannot " + what + " in " + location.display() + ": " + e.getMessage(), e);
    }
  }

  private static void rollBack(Connection connection, Throwable failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  private static void backOff(int attempt) {
    try {
      Thread.sleep(Math.min(100, 2L << attempt) + (long) (Math.random() * 5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new JdbcStoreException("interrupted while retrying a lost race", e);
    }
  }

  /** A lost race that a new attempt may win: serialization failure, deadlock, lock timeout. */
  static boolean isRace(SQLException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException) {
        String state = ((SQLException) cause).getSQLState();
        if (state != null
            && (state.startsWith("40") || state.equals("HYT00") || state.equals("90131"))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The primary key (or a unique index) already holds the key. */
  static boolean isUniqueViolation(SQLException e) {
    return "23505".equals(e.getSQLState());
  }

  /** Statements on pooled connections: reads auto-commit, writes are short transactions. */
  private final class Pooled implements Connections {
    @Override
    public <T> T read(String what, SqlWork<T> work) {
      return autoCommit(what, work);
    }

    @Override
    public <T> T write(String what, SqlWork<T> work) {
      return transact(what, work);
    }

    @Override
    public boolean inTransaction() {
      return false;
    }
  }

  /**
   * A caller's transaction: every statement on its one connection. A SQL failure inside the
   * caller's work travels out as {@link SqlFailure}, so {@link #transact} can retry a lost race.
   */
  private final class InTransaction implements Transaction, Connections {
    private final Connection connection;
    private volatile boolean open = true;

    InTransaction(Connection connection) {
      this.connection = connection;
    }

    @Override
    public <R> Table<R> table(TableSchema<R> schema) {
      JdbcStore.this.table(schema);
      return new SqlTable<>(schema, location.dialect(), this);
    }

    @Override
    public <T> T read(String what, SqlWork<T> work) {
      return write(what, work);
    }

    @Override
    public <T> T write(String what, SqlWork<T> work) {
      if (!open) {
        throw new IllegalStateException("the transaction has ended; open the table from a new one");
      }
      try {
        return work.run(connection);
      } catch (SQLException e) {
        throw new SqlFailure(e);
      }
    }

    @Override
    public boolean inTransaction() {
      return true;
    }
  }

  /** Carries a SQL failure out of a caller's transaction work, unchecked. */
  private static final class SqlFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final SQLException cause;

    SqlFailure(SQLException cause) {
      super(cause);
      this.cause = cause;
    }
  }
}
