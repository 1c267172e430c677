package io.shapeforge.processor.check;

import io.shapeforge.processor.model.QueryService;
import io.shapeforge.processor.model.SpecModel;
import java.util.List;

/**
 * What {@link SpecChecker} found.
 *
 * @param diagnostics every error and warning, in the order found
 * @param valid the spec model without the faulty shapes and operations and whatever depends on them
 * @param queries the sound query operations, resolved, per service
 */
public record CheckResult(List<Diagnostic> diagnostics, SpecModel valid, List<QueryService> queries) {

  public CheckResult {
    diagnostics = List.copyOf(diagnostics);
    queries = List.copyOf(queries);
  }
}
