package io.shapeforge.benchmarks.alternatives;

import io.shapeforge.benchmarks.dataset.TaskDataset;
import io.shapeforge.benchmarks.dataset.TaskRecord;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a user would reach for first: an H2 in-memory table of tasks with an index on (execution,
 * status, start time, task id) and a prepared keyset page query.
 *
 * <pre>{@code
 * try (H2TaskTable table = H2TaskTable.create()) {
 *   table.insertAll(TaskDataset.of(10_000));
 *   try (H2TaskTable.PageQuery query = table.pageQuery(2)) {
 *     List<TaskRecord> page = query.page(id, List.of("SUCCESS", "FAILED"), PageKey.BEFORE_ALL, 100, H2TaskTable.TASK_RECORDS);
 *   }
 * }
 * }</pre>
 */
public final class H2TaskTable implements AutoCloseable {
  /** Column positions in a page row. */
  public static final int COLUMN_WINDOW_EXECUTION_ID = 1;

  public static final int COLUMN_TASK_EXECUTION_ID = 2;
  public static final int COLUMN_STATUS = 3;
  public static final int COLUMN_STATUS_DETAILS = 4;
  public static final int COLUMN_START_TIME = 5;
  public static final int COLUMN_END_TIME = 6;
  public static final int COLUMN_TASK_ARN = 7;
  public static final int COLUMN_TASK_TYPE = 8;

  /** Maps a page row to a {@link TaskRecord}. */
  public static final RowMapper<TaskRecord> TASK_RECORDS =
      row ->
          new TaskRecord(
              row.getString(COLUMN_WINDOW_EXECUTION_ID),
              row.getString(COLUMN_TASK_EXECUTION_ID),
              row.getString(COLUMN_STATUS),
              row.getString(COLUMN_STATUS_DETAILS),
              row.getObject(COLUMN_START_TIME, Instant.class),
              row.getObject(COLUMN_END_TIME, Instant.class),
              row.getString(COLUMN_TASK_ARN),
              row.getString(COLUMN_TASK_TYPE));

  private static final String COLUMNS =
      "WINDOW_EXECUTION_ID, TASK_EXECUTION_ID, STATUS, STATUS_DETAILS, "
          + "START_TIME, END_TIME, TASK_ARN, TASK_TYPE";
  private static final int INSERT_BATCH = 1_000;
  private static final AtomicLong DATABASES = new AtomicLong();

  private final Connection connection;

  private H2TaskTable(Connection connection) {
    this.connection = connection;
  }

  /** A new, empty, private in-memory database holding the table and its index. */
  public static H2TaskTable create() throws SQLException {
    Connection connection =
        DriverManager.getConnection("jdbc:h2:mem:tasks" + DATABASES.incrementAndGet());
    try (Statement ddl = connection.createStatement()) {
      ddl.execute(
          "CREATE TABLE TASKS ("
              + "WINDOW_EXECUTION_ID CHAR(36) NOT NULL, "
              + "TASK_EXECUTION_ID CHAR(36) NOT NULL PRIMARY KEY, "
              + "STATUS VARCHAR(32) NOT NULL, "
              + "STATUS_DETAILS VARCHAR(250), "
              + "START_TIME TIMESTAMP(3) WITH TIME ZONE NOT NULL, "
              + "END_TIME TIMESTAMP(3) WITH TIME ZONE, "
              + "TASK_ARN VARCHAR(1600), "
              + "TASK_TYPE VARCHAR(32))");
      ddl.execute(
          "CREATE INDEX TASKS_BY_EXECUTION_STATUS_START "
              + "ON TASKS (WINDOW_EXECUTION_ID, STATUS, START_TIME, TASK_EXECUTION_ID)");
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    return new H2TaskTable(connection);
  }

  /** Inserts every task of {@code data}, in batches, in one transaction. */
  public void insertAll(TaskDataset data) throws SQLException {
    connection.setAutoCommit(false);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO TASKS (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      int[] pending = {0};
      SQLException[] failure = {null};
      data.forEach(
          task -> {
            if (failure[0] != null) {
              return;
            }
            try {
              bind(insert, task);
              insert.addBatch();
              if (++pending[0] == INSERT_BATCH) {
                insert.executeBatch();
                pending[0] = 0;
              }
            } catch (SQLException e) {
              failure[0] = e;
            }
          });
      if (failure[0] != null) {
        throw failure[0];
      }
      insert.executeBatch();
      connection.commit();
    } finally {
      connection.setAutoCommit(true);
    }
  }

  /** The number of rows. */
  public long count() throws SQLException {
    try (Statement count = connection.createStatement();
        ResultSet row = count.executeQuery("SELECT COUNT(*) FROM TASKS")) {
      row.next();
      return row.getLong(1);
    }
  }

  /**
   * Prepares the keyset page query for a filter of {@code statusCount} statuses; reuse it across
   * pages.
   */
  public PageQuery pageQuery(int statusCount) throws SQLException {
    if (statusCount < 1) {
      throw new IllegalArgumentException("statusCount must be positive: " + statusCount);
    }
    String placeholders = String.join(", ", Collections.nCopies(statusCount, "?"));
    return new PageQuery(
        connection.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM TASKS "
                + "WHERE WINDOW_EXECUTION_ID = ? AND STATUS IN ("
                + placeholders
                + ") "
                + "AND (START_TIME, TASK_EXECUTION_ID) > (?, ?) "
                + "ORDER BY START_TIME, TASK_EXECUTION_ID LIMIT ?"),
        statusCount);
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }

  private static void bind(PreparedStatement insert, TaskRecord task) throws SQLException {
    insert.setString(COLUMN_WINDOW_EXECUTION_ID, task.windowExecutionId());
    insert.setString(COLUMN_TASK_EXECUTION_ID, task.taskExecutionId());
    insert.setString(COLUMN_STATUS, task.status());
    insert.setString(COLUMN_STATUS_DETAILS, task.statusDetails());
    insert.setObject(COLUMN_START_TIME, task.startTime());
    insert.setObject(COLUMN_END_TIME, task.endTime());
    insert.setString(COLUMN_TASK_ARN, task.taskArn());
    insert.setString(COLUMN_TASK_TYPE, task.taskType());
  }

  /**
   * A prepared keyset page query for a fixed number of statuses. Not thread-safe, like its
   * statement.
   */
  public static final class PageQuery implements AutoCloseable {
    private final PreparedStatement statement;
    private final int statusCount;

    private PageQuery(PreparedStatement statement, int statusCount) {
      this.statement = statement;
      this.statusCount = statusCount;
    }

    /**
     * The first {@code limit} tasks of the execution with one of {@code statuses}, strictly after
     * {@code after}.
     */
    public <T> List<T> page(
        String executionId, List<String> statuses, PageKey after, int limit, RowMapper<T> mapper)
        throws SQLException {
      if (statuses.size() != statusCount) {
        throw new IllegalArgumentException(
            "prepared for " + statusCount + " statuses, got " + statuses);
      }
      int parameter = 1;
      statement.setString(parameter++, executionId);
      for (String status : statuses) {
        statement.setString(parameter++, status);
      }
      statement.setObject(parameter++, after.startTime());
      statement.setString(parameter++, after.taskExecutionId());
      statement.setInt(parameter, limit);
      List<T> page = new ArrayList<>(limit);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          page.add(mapper.map(rows));
        }
      }
      return page;
    }

    @Override
    public void close() throws SQLException {
      statement.close();
    }
  }
}
