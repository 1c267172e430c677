package io.shapeforge.spec;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a {@link Paginated} {@link Operation} lists stored records, so that Shapeforge can
 * generate its query engine and typed filter builders.
 *
 * <p>The engine validates the request, resolves the {@link #scope()}, keeps the records that match
 * every filter (values inside one filter are OR-ed, filters are AND-ed), orders them by {@link
 * #orderBy()} and returns one page.
 *
 * <pre>{@code
 * @Query(record = MaintenanceWindowExecutionTaskIdentity.class,
 *        scope = @Scope(request = "windowExecutionId", record = "windowExecutionId",
 *                       parent = MaintenanceWindowExecution.class,
 *                       notFound = DoesNotExistException.class,
 *                       notFoundMessage = "Maintenance window execution {} does not exist"),
 *        filters = @FilterKey(name = "STATUS", member = "status", op = FilterOp.IN,
 *                             allowed = {"PENDING", "IN_PROGRESS", "SUCCESS", "FAILED",
 *                                        "TIMED_OUT", "CANCELLING", "CANCELLED"}),
 *        orderBy = {@OrderBy("startTime"), @OrderBy("taskExecutionId")})
 * }</pre>
 *
 * <p><b>Apart from the operation.</b> An imported spec is overwritten at every import, and its
 * shapes carry no {@link Identifier}. Declare the query in your own sources instead, on an
 * interface of its own that names the operation and the keys:
 *
 * <pre>{@code
 * @Query(operation = DescribeMaintenanceWindowExecutionTasks.class,
 *        record = MaintenanceWindowExecutionTaskIdentity.class,
 *        key = {"windowExecutionId", "taskExecutionId"},
 *        defaultPageSize = 10,
 *        scope = @Scope(request = "windowExecutionId", record = "windowExecutionId",
 *                       parent = MaintenanceWindowExecution.class, parentKey = "windowExecutionId",
 *                       ...),
 *        ...)
 * interface DescribeMaintenanceWindowExecutionTasksBehaviour {}
 * }</pre>
 *
 * <p>An imported spec's interfaces are package-private, so the declaration goes in the same package
 * in {@code src/main/java} (a package may span source roots). Re-importing never touches it, and
 * the class literal makes the compiler check that the operation still exists.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Query {
  /**
   * The {@link Operation} this query answers, when it is declared apart from it; left out when
   * {@code @Query} sits on the operation itself. An operation has at most one query.
   */
  Class<?> operation() default void.class;

  /**
   * The stored record structure; its {@link Identifier} members, or else the {@link #key()}
   * members, form its primary key.
   */
  Class<?> record();

  /**
   * The record members that form its primary key, for a record that carries no {@link Identifier}
   * (such as an imported shape); each a {@code String}, {@code Boolean}, {@code Integer}, {@code
   * Long}, {@code Instant} or {@link EnumShape} member. The key's columns follow the record's
   * member order. Give either this or {@link Identifier} on the record, not both.
   */
  String[] key() default {};

  /**
   * The page size when the caller sends none, for an operation whose {@link Paginated} gives none:
   * AWS's models never give one, so an imported operation needs it here. {@code 0} leaves it to
   * {@link Paginated#defaultPageSize()}; give it in one place only.
   */
  int defaultPageSize() default 0;

  /** The parent that every result belongs to. */
  Scope scope();

  /** The filter keys a caller may send. */
  FilterKey[] filters() default {};

  /**
   * The order of results. Together with the scope it must identify a record uniquely, so it ends in
   * the record's identifiers.
   */
  OrderBy[] orderBy();

  /** The input member holding the filter list; each element has a key and a list of values. */
  String filtersMember() default "filters";

  /** The member of a filter element that holds its key. */
  String filterKeyMember() default "key";

  /** The member of a filter element that holds its values. */
  String filterValuesMember() default "values";
}
