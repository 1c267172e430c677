package io.shapeforge.runtime.query;

import io.shapeforge.runtime.error.ServiceException;
import io.shapeforge.runtime.store.Key;
import io.shapeforge.runtime.store.Table;
import java.util.function.Function;

/**
 * Fails a query whose scope (its parent) does not exist. The engine runs it after the filters
 * validate and before it reads a token, so an unknown parent is reported as such.
 *
 * <pre>{@code
 * ScopeCheck.parentIn(executions,
 *     id -> new DoesNotExistException("Maintenance window execution " + id + " does not exist"))
 * }</pre>
 *
 * @param <S> the scope value type
 */
@FunctionalInterface
public interface ScopeCheck<S> {

  /** Throws when no parent has this scope value. */
  void requireExists(S scope);

  /** A check that the parent table has a record whose one-column primary key is the scope value. */
  static <S> ScopeCheck<S> parentIn(
      Table<?> parents, Function<? super S, ? extends ServiceException> notFound) {
    return scope -> {
      if (parents.get(Key.of(scope)).isEmpty()) {
        throw notFound.apply(scope);
      }
    };
  }

  /** No check: every scope exists (an empty scope yields an empty page). */
  static <S> ScopeCheck<S> none() {
    return scope -> {};
  }
}
