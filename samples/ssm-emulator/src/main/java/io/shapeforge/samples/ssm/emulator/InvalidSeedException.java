package io.shapeforge.samples.ssm.emulator;

import java.util.List;

/**
 * A seed that cannot be loaded, with every error found, each prefixed by its JSON path, such as
 * {@code $.WindowExecutionTasks[3].TaskArn: Value '' failed to satisfy constraint: ...}. When it is
 * thrown nothing of the seed has been stored.
 */
public final class InvalidSeedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final List<String> errors;

  /**
   * @param source what was read, such as a file name, for the message
   * @param errors at least one error, in document order
   */
  public InvalidSeedException(String source, List<String> errors) {
    super(render(source, errors));
    this.source = source;
    this.errors = List.copyOf(errors);
  }

  /** What was read, such as a file name. */
  public String source() {
    return source;
  }

  /** Every error, each starting with its JSON path. */
  public List<String> errors() {
    return errors;
  }

  private static String render(String source, List<String> errors) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("an invalid seed needs at least one error");
    }
    StringBuilder message =
        new StringBuilder("Seed ")
            .append(source)
            .append(" is invalid (")
            .append(errors.size())
            .append(errors.size() == 1 ? " error" : " errors")
            .append("); nothing was loaded:");
    errors.forEach(error -> message.append(System.lineSeparator()).append("  ").append(error));
    return message.toString();
  }
}
