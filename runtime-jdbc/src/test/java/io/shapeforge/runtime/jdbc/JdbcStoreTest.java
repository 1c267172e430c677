package io.shapeforge.runtime.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapeforge.runtime.query.TaskQueries;
import io.shapeforge.runtime.store.Key;
import io.shapeforge.runtime.store.Table;
import io.shapeforge.runtime.store.TableSchema;
import io.shapeforge.runtime.store.Task;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is particular to the JDBC store: locations, the catalog, persistence, several nodes. */
class JdbcStoreTest {
  @TempDir Path directory;

  @Test
  void aLocationIsH2FileOrPostgresUrlAndAnythingElseSaysWhatIsAccepted() {
    StoreLocation h2 = StoreLocation.parse("h2:" + directory.resolve("data"));
    assertEquals(SqlDialect.H2, h2.dialect());
    assertTrue(
        h2.jdbcUrl().startsWith("jdbc:h2:file:" + directory.resolve("data") + ";"), h2.jdbcUrl());
    assertTrue(h2.jdbcUrl().contains("WRITE_DELAY=0"), "commits reach the file before they return");
    assertEquals(
        StoreLocation.parse("h2:" + directory.resolve("data.mv.db")).jdbcUrl(), h2.jdbcUrl());
    StoreLocation postgres =
        StoreLocation.parse("jdbc:postgresql://db:5432/ssm?user=ssm&password=secret");
    assertEquals(SqlDialect.POSTGRESQL, postgres.dialect());
    assertEquals("jdbc:postgresql://db:5432/ssm?user=ssm&password=***", postgres.display());

    IllegalArgumentException unknown =
        assertThrows(IllegalArgumentException.class, () -> StoreLocation.parse("mysql://x"));
    assertEquals(
        "unknown store 'mysql://x': use memory, h2:FILE or jdbc:postgresql://HOST:PORT/DB?user=...",
        unknown.getMessage());
    assertEquals(
        "store 'h2:' names no file: use h2:FILE, such as h2:./ssm-data",
        assertThrows(IllegalArgumentException.class, () -> StoreLocation.parse("h2:"))
            .getMessage());
    assertEquals(
        "store 'jdbc:postgresql:ssm' is not a PostgreSQL URL: use jdbc:postgresql://HOST:PORT/DB?user=...",
        assertThrows(
                IllegalArgumentException.class, () -> StoreLocation.parse("jdbc:postgresql:ssm"))
            .getMessage());
  }

  @Test
  void anUnreachableServerIsAClearErrorAtOpen() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String url =
        "jdbc:postgresql://127.0.0.1:" + port + "/ssm?user=ssm&password=secret&connectTimeout=2";
    StoreUnavailableException error =
        assertThrows(StoreUnavailableException.class, () -> JdbcStore.open(url));
    assertTrue(
        error
            .getMessage()
            .startsWith(
                "cannot open store jdbc:postgresql://127.0.0.1:"
                    + port
                    + "/ssm?user=ssm&password=***&connectTimeout=2: "),
        error.getMessage());
    assertTrue(error.getMessage().contains("refused"), error.getMessage());
    assertFalse(error.getMessage().contains("secret"));
  }

  @Test
  void whatIsWrittenSurvivesClosingAndReopening() {
    String location = "h2:" + directory.resolve("persist");
    Task task =
        new Task(
            "e1",
            "t1",
            "SUCCESS",
            "LAMBDA",
            Instant.ofEpochSecond(100, 123_456_789),
            3,
            4L,
            true,
            "kept");
    try (JdbcStore store = JdbcStore.open(location)) {
      store.table(TaskQueries.SCHEMA).put(task);
    }
    assertTrue(Files.exists(directory.resolve("persist.mv.db")));
    try (JdbcStore store = JdbcStore.open(location)) {
      Table<Task> tasks = store.table(TaskQueries.SCHEMA);
      assertEquals(Optional.of(task), tasks.get(Key.of("e1", "t1")));
      assertEquals(1, tasks.size());
    }
  }

  @Test
  void aStoreOfAnUnknownSchemaVersionIsRefused() throws Exception {
    String location = "h2:" + directory.resolve("future");
    JdbcStore.open(location).close();
    try (Connection connection =
            DriverManager.getConnection(StoreLocation.parse(location).jdbcUrl());
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "UPDATE \"shapeforge_catalog\" SET \"value\" = '7' WHERE \"entry\" = 'store.version'");
    }
    UnsupportedStoreVersionException error =
        assertThrows(UnsupportedStoreVersionException.class, () -> JdbcStore.open(location));
    assertEquals(
        "store "
            + location
            + " has schema version 7, but this Shapeforge understands version 1 only;"
            + " open it with the Shapeforge that wrote it, or use a new database",
        error.getMessage());
  }

  @Test
  void aTableStoredWithAnotherDefinitionIsRefused() {
    String location = "h2:" + directory.resolve("changed");
    try (JdbcStore store = JdbcStore.open(location)) {
      store.table(TaskQueries.schema("tasks"));
    }
    TableSchema<Task> narrower =
        TableSchema.builder("tasks", Task.EXECUTION.ascending(), Task.ID.ascending())
            .codec(Task.CODEC)
            .build();
    try (JdbcStore store = JdbcStore.open(location)) {
      IllegalArgumentException error =
          assertThrows(IllegalArgumentException.class, () -> store.table(narrower));
      assertTrue(
          error.getMessage().startsWith("table tasks is stored in " + location + " as v1 columns"),
          error.getMessage());
    }
  }

  @Test
  void aSchemaWithoutACodecIsRefusedWithTheFix() {
    try (JdbcStore store = JdbcStore.open("h2:" + directory.resolve("codec"))) {
      TableSchema<Task> bare = TableSchema.builder("bare", Task.ID.ascending()).build();
      IllegalStateException error =
          assertThrows(IllegalStateException.class, () -> store.table(bare));
      assertTrue(error.getMessage().contains("TableSchema.Builder.codec(...)"), error.getMessage());
    }
  }

  @Test
  void postgresKeepsMicrosecondsAndRefusesFinerKeyTimestamps() {
    try (JdbcStore store = JdbcStore.open(EmbeddedPostgresServer.newDatabase("micros"))) {
      Table<Task> tasks = store.table(TaskQueries.SCHEMA);
      Task micros = Task.of("e1", "t1", "S", Instant.ofEpochSecond(1, 123_456_000));
      tasks.put(micros);
      assertEquals(Optional.of(micros), tasks.get(Key.of("e1", "t1")));
      IllegalArgumentException error =
          assertThrows(
              IllegalArgumentException.class,
              () -> tasks.put(Task.of("e1", "t2", "S", Instant.ofEpochSecond(1, 123_456_789))));
      assertTrue(
          error.getMessage().contains("finer than the 1000 ns a POSTGRESQL store keeps"),
          error.getMessage());
    }
  }

  /**
   * Two nodes are two stores (two pools) on one database: what one writes the other reads, and of
   * inserts of one key from both at once exactly one succeeds.
   */
  @Test
  void twoNodesOnOnePostgresShareDataAndConditionalWrites() throws Exception {
    String url = EmbeddedPostgresServer.newDatabase("nodes");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (JdbcStore first = JdbcStore.open(url);
        JdbcStore second = JdbcStore.open(url)) {
      Table<Task> onFirst = first.table(TaskQueries.SCHEMA);
      Table<Task> onSecond = second.table(TaskQueries.SCHEMA);
      onFirst.put(Task.of("e1", "written-on-first", "S", Instant.ofEpochSecond(1)));
      assertEquals(
          "written-on-first", onSecond.get(Key.of("e1", "written-on-first")).orElseThrow().id());

      for (int round = 0; round < 50; round++) {
        String id = "race" + round;
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Boolean>> inserts = new ArrayList<>();
        for (Table<Task> node : List.of(onFirst, onSecond)) {
          inserts.add(
              pool.submit(
                  () -> {
                    start.await();
                    return node.insertIfAbsent(
                        Task.of("e1", id, "PENDING", Instant.ofEpochSecond(2)));
                  }));
        }
        int won = 0;
        for (Future<Boolean> insert : inserts) {
          won += insert.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        assertEquals(1, won, id);
      }
      assertEquals(51, onSecond.size());
    } finally {
      pool.shutdownNow();
    }
  }
}
