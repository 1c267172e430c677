package io.shapeforge.benchmarks.alternatives;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Turns the current row of an {@link H2TaskTable} page into a task object. Columns are read by the
 * positions of {@link H2TaskTable}'s {@code COLUMN_*} constants.
 *
 * @param <T> the task type
 */
@FunctionalInterface
public interface RowMapper<T> {
  /** Materialises the current row of {@code row}. */
  T map(ResultSet row) throws SQLException;
}
