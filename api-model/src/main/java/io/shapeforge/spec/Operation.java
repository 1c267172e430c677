package io.shapeforge.spec;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface as an operation. Its simple name is the operation name, which travels in
 * {@code X-Amz-Target: <targetPrefix>.<name>}.
 *
 * <pre>{@code
 * @Operation(input = DescribeMaintenanceWindowExecutionTasksRequest.class,
 *            output = DescribeMaintenanceWindowExecutionTasksResult.class,
 *            errors = {DoesNotExistException.class, InternalServerError.class})
 * interface DescribeMaintenanceWindowExecutionTasks {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Operation {
  /** The input structure. */
  Class<?> input();

  /** The output structure. */
  Class<?> output();

  /** The error shapes this operation may return, besides the protocol's own errors. */
  Class<?>[] errors() default {};
}
