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
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Query {
  /** The stored record structure; its {@link Identifier} members form its primary key. */
  Class<?> record();

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
