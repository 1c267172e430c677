package io.shapeforge.runtime.query;

import io.shapeforge.runtime.store.InMemoryStore;
import io.shapeforge.runtime.store.Table;
import io.shapeforge.runtime.store.TableSchema;
import io.shapeforge.runtime.store.Task;
import java.util.List;

/** Query definitions over {@link Task}, as generated glue would declare them. */
public final class TaskQueries {
  public static final List<String> STATUSES =
      List.of(
          "PENDING", "IN_PROGRESS", "SUCCESS", "FAILED", "TIMED_OUT", "CANCELLING", "CANCELLED");

  public static final QueryDefinition<Task, String> ASCENDING = define("DescribeTasks", false);
  public static final QueryDefinition<Task, String> DESCENDING =
      define("DescribeTasksNewestFirst", true);

  public static final TableSchema<Task> SCHEMA = schema("tasks");

  private TaskQueries() {}

  private static QueryDefinition<Task, String> define(String operation, boolean newestFirst) {
    return QueryDefinition.builder(operation, Task.EXECUTION)
        .filter(new FilterDefinition<>("STATUS", Task.STATUS, FilterOperator.IN, STATUSES))
        .filter(FilterDefinition.of("TYPE", Task.TYPE, FilterOperator.EQUALS))
        .filter(FilterDefinition.of("STARTED_BEFORE", Task.START, FilterOperator.BEFORE))
        .filter(FilterDefinition.of("STARTED_AFTER", Task.START, FilterOperator.AFTER))
        .filter(FilterDefinition.of("ID_PREFIX", Task.ID, FilterOperator.BEGINS_WITH))
        .orderBy(
            newestFirst ? Task.START.descending() : Task.START.ascending(),
            newestFirst ? Task.ID.descending() : Task.ID.ascending())
        .defaultPageSize(10)
        .build();
  }

  /** The task table under another name, with the indexes of both queries and {@link Task#CODEC}. */
  public static TableSchema<Task> schema(String name) {
    return TableSchema.builder(name, Task.EXECUTION.ascending(), Task.ID.ascending())
        .indexes(ASCENDING.indexes())
        .indexes(DESCENDING.indexes())
        .codec(Task.CODEC)
        .build();
  }

  static Table<Task> newTable() {
    return new InMemoryStore().table(SCHEMA);
  }
}
