package io.shapeforge.samples.ssm.schedule;

/**
 * Why a schedule expression is invalid, thrown inside the parsers, which only know the part they
 * read; {@link ScheduleParser} turns it into the {@code ValidationException} that quotes the whole
 * expression.
 */
final class InvalidExpressionReason extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InvalidExpressionReason(String reason) {
    super(reason, null, false, false);
  }
}
