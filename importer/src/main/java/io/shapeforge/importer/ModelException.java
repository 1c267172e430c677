package io.shapeforge.importer;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A model cannot be imported: it does not load, or a shape or trait has no spec form. It carries
 * every problem found, not only the first, so a user fixes them in one pass.
 */
public final class ModelException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<ModelProblem> problems;

  public ModelException(List<ModelProblem> problems) {
    super(problems.stream().map(ModelProblem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public ModelException(ModelProblem problem) {
    this(List.of(problem));
  }

  /** Every problem, in the order found. */
  public List<ModelProblem> problems() {
    return problems;
  }
}
