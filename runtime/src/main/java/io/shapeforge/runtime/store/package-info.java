/**
 * The storage SPI: tables of records with a primary key and declared secondary indexes, pages as
 * queries ({@link io.shapeforge.runtime.store.PageRequest}), conditional writes and transactions,
 * and an in-memory default. The consistency contract every engine keeps is on {@link
 * io.shapeforge.runtime.store.Store}; {@code shapeforge-runtime-jdbc} adds H2 and PostgreSQL.
 *
 * <p>A {@link io.shapeforge.runtime.store.TableSchema} is built from typed {@link
 * io.shapeforge.runtime.store.Column}s (a name, a {@link io.shapeforge.runtime.store.ValueType} and
 * a getter), so one definition serves the in-memory store and a SQL store that derives its DDL and
 * {@code ORDER BY} from the same columns; the schema's {@link
 * io.shapeforge.runtime.store.RecordCodec} turns records into the bytes such a store keeps.
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
