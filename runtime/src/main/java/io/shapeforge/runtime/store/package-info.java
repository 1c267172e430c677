/**
 * The storage SPI: tables of records with a primary key and declared secondary indexes, and an
 * in-memory default.
 *
 * <p>A {@link io.shapeforge.runtime.store.TableSchema} is built from typed {@link
 * io.shapeforge.runtime.store.Column}s (a name, a {@link io.shapeforge.runtime.store.ValueType}
 * and a getter), so one definition serves the in-memory store and, later, a SQL store that derives
 * its DDL and {@code ORDER BY} from the same columns.
 *
 * <pre>{@code
 * Column<Task, String> scope = Column.ofString("windowExecutionId", Task::windowExecutionId);
 * Column<Task, String> id = Column.ofString("taskExecutionId", Task::taskExecutionId);
 * TableSchema<Task> schema = TableSchema.builder("tasks", scope.ascending(), id.ascending()).build();
 * Table<Task> tasks = new InMemoryStore().table(schema);
 * tasks.put(task);
 * try (Stream<Task> page = tasks.scan(schema.primaryKey(), ScanRange.prefix(Key.of("exec-1")))) { ... }
 * }</pre>
 */
package io.shapeforge.runtime.store;
