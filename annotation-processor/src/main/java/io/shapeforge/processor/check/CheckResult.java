package io.shapeforge.processor.check;

import io.shapeforge.processor.model.SpecModel;
import java.util.List;

/**
 * What {@link SpecChecker} found.
 *
 * @param diagnostics every error and warning, in the order found
 * @param valid the spec model without the faulty shapes and operations and whatever depends on them
 */
public record CheckResult(List<Diagnostic> diagnostics, SpecModel valid) {

  public CheckResult {
    diagnostics = List.copyOf(diagnostics);
  }
}
