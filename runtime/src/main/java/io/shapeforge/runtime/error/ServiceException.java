package io.shapeforge.runtime.error;

/**
 * An error that travels to the caller as a modeled AWS error:
 * {@code {"__type": "<errorCode>", "message": "<message>"}} with {@link #httpStatus()}.
 *
 * <p>Generated error shapes, {@code ValidationException} and {@code InvalidNextToken} all extend
 * it. It is control flow, not a bug report, so it records no stack trace.
 */
public abstract class ServiceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected ServiceException(String message) {
    super(message, null, false, false);
  }

  /** The error code on the wire, such as {@code DoesNotExistException}. */
  public abstract String errorCode();

  /** The HTTP status: 4xx when the caller is at fault, 5xx when the service is. */
  public abstract int httpStatus();

  /** Whether the caller is at fault. */
  public boolean isClientFault() {
    return httpStatus() < 500;
  }
}
