/**
 * The storage SPI on JDBC: {@link io.shapeforge.runtime.jdbc.JdbcStore} keeps the tables of any
 * {@link io.shapeforge.runtime.store.TableSchema} in an embedded H2 file or in PostgreSQL, pooled
 * with HikariCP. Generated code runs on it unchanged.
 *
 * <p>Each table has one column per key column of its primary key and indexes, and the record itself
 * as bytes from the schema's {@link io.shapeforge.runtime.store.RecordCodec}; each declared index
 * is a SQL index in the same order, ending in the primary key. A page is one statement that reads
 * through that index, so it stays O(log n + page).
 *
 * <pre>{@code
 * try (JdbcStore store = JdbcStore.open("h2:./ssm-data")) {
 *   Table<Task> tasks = store.table(TASKS);
 * }
 * }</pre>
 */
package io.shapeforge.runtime.jdbc;
