package io.shapeforge.samples.ssm.emulator;

/** A command line that {@link CommandLineOptions} cannot read; the CLI prints it with the usage. */
final class UsageException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
