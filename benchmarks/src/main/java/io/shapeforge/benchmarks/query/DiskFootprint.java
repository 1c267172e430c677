package io.shapeforge.benchmarks.query;

import io.shapeforge.benchmarks.cli.Flags;
import io.shapeforge.benchmarks.dataset.TaskDataset;
import io.shapeforge.samples.ssm.imported.model.AmazonSsmTables;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Set;

/**
 * Bytes per stored task on disk for the JDBC engines: the H2 file after the store closes (and after
 * {@code SHUTDOWN COMPACT}), and PostgreSQL's {@code pg_total_relation_size} of the task table
 * (rows, indexes and TOAST). Also prints the load time. The in-memory store's bytes per task come
 * from {@code memory.MemoryComparison}.
 *
 * <pre>
 * java -cp benchmarks.jar io.shapeforge.benchmarks.query.DiskFootprint --records 1000000 --engines h2,postgresql
 * </pre>
 */
public final class DiskFootprint {
  private DiskFootprint() {}

  /** Flags {@code --records} and {@code --engines} (comma-separated: h2, postgresql). */
  public static void main(String[] args) throws Exception {
    Flags flags = Flags.parse(args, Set.of("records", "engines"));
    int records = flags.intValue("records", 1_000_000);
    TaskDataset data = TaskDataset.of(records);
    for (String engine : flags.value("engines", "h2,postgresql").split(",")) {
      EngineStores.Opened opened = EngineStores.open(engine);
      long start = System.nanoTime();
      EngineStores.load(opened, data);
      double loadSeconds = (System.nanoTime() - start) / 1e9;
      long bytes;
      if (engine.equals("h2")) {
        opened.store().close();
        bytes = Files.size(opened.h2File());
        // H2 appends changed pages and reclaims space in the background: the file as the store
        // left it, and after SHUTDOWN COMPACT, bound what a long-running store occupies.
        String url = "jdbc:h2:file:" + opened.h2File().toString().replaceFirst("\\.mv\\.db$", "");
        try (Connection connection = DriverManager.getConnection(url);
            java.sql.Statement statement = connection.createStatement()) {
          statement.execute("SHUTDOWN COMPACT");
        }
        long compacted = Files.size(opened.h2File());
        System.out.printf(
            "h2 records=%d compactedBytes=%d compactedBytesPerRecord=%.0f%n",
            records, compacted, (double) compacted / records);
      } else {
        try (Connection connection = DriverManager.getConnection(opened.postgresUrl());
            PreparedStatement statement =
                connection.prepareStatement("SELECT pg_total_relation_size(?)")) {
          statement.setString(
              1, "\"" + AmazonSsmTables.MAINTENANCE_WINDOW_EXECUTION_TASK_IDENTITY.name() + "\"");
          try (ResultSet rows = statement.executeQuery()) {
            rows.next();
            bytes = rows.getLong(1);
          }
        }
        opened.store().close();
      }
      System.out.printf(
          "%s records=%d bytes=%d bytesPerRecord=%.0f loadSeconds=%.1f%n",
          engine, records, bytes, (double) bytes / records, loadSeconds);
    }
    System.exit(0);
  }
}
