package io.shapeforge.processor.check;

import io.shapeforge.processor.model.ServiceSpec;
import io.shapeforge.processor.model.SpecModel;
import java.util.List;

/**
 * What {@link SpecChecker} found.
 *
 * @param diagnostics every error and warning, in the order found
 * @param valid the spec model without the faulty shapes and operations and whatever depends on them
 * @param services per {@code @Service}, its valid operations and its sound queries, resolved
 */
public record CheckResult(
    List<Diagnostic> diagnostics, SpecModel valid, List<ServiceSpec> services) {

  public CheckResult {
    diagnostics = List.copyOf(diagnostics);
    services = List.copyOf(services);
  }
}
