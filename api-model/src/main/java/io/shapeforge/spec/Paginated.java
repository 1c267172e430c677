package io.shapeforge.spec;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares how an {@link Operation} pages its results, as Smithy's {@code @paginated} does. Member
 * names refer to the operation's input and output structures.
 *
 * <pre>{@code
 * @Paginated(inputToken = "nextToken", outputToken = "nextToken",
 *            pageSize = "maxResults", defaultPageSize = 10,
 *            items = "windowExecutionTaskIdentities")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Paginated {
  /** The input member that carries the token of the page to fetch; a {@code String}. */
  String inputToken();

  /** The output member that carries the token of the next page; a {@code String}. */
  String outputToken();

  /** The input member that caps the page size; an {@code Integer}. Empty when there is none. */
  String pageSize() default "";

  /**
   * The page size when the caller sends none; {@code 0} when the model gives none. A {@link Query}
   * needs one.
   */
  int defaultPageSize() default 0;

  /**
   * The output member that holds the page's items; a {@code List} or {@code Map}. Empty when the
   * model names none.
   */
  String items() default "";
}
