package io.shapeforge.spec;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** One sort key of a {@link Query}'s results. Absent values sort first. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface OrderBy {
  /** The record member to sort on. */
  String value();

  /** The direction. */
  Direction direction() default Direction.ASCENDING;

  /** A sort direction. */
  enum Direction {
    /** Smallest first. */
    ASCENDING,
    /** Largest first. */
    DESCENDING
  }
}
