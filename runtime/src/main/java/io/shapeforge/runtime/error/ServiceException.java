package io.shapeforge.runtime.error;

import java.util.Objects;

/**
 * An error that travels to the caller as a modeled AWS error: {@code {"__type": "<errorCode>",
 * "message": "<message>"}} with {@link #httpStatus()}.
 *
 * <p>Generated error shapes, {@code ValidationException} and {@code InvalidNextToken} all extend
 * it, each naming its code and status once in its constructor:
 *
 * <pre>{@code
 * public final class DoesNotExistException extends ServiceException {
 *   public DoesNotExistException(String message) {
 *     super("DoesNotExistException", 400, message);
 *   }
 * }
 * }</pre>
 *
 * <p>It is control flow, not a bug report, so it records no stack trace.
 */
public abstract class ServiceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String errorCode;
  private final int httpStatus;

  /**
   * @param errorCode the error code on the wire
   * @param httpStatus 4xx when the caller is at fault, 5xx when the service is
   * @param message the message on the wire
   */
  protected ServiceException(String errorCode, int httpStatus, String message) {
    super(message, null, false, false);
    if (httpStatus < 400 || httpStatus > 599) {
      throw new IllegalArgumentException("an error's HTTP status is 4xx or 5xx, not " + httpStatus);
    }
    this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
    this.httpStatus = httpStatus;
  }

  /** The error code on the wire, such as {@code DoesNotExistException}. */
  public final String errorCode() {
    return errorCode;
  }

  /** The HTTP status: 4xx when the caller is at fault, 5xx when the service is. */
  public final int httpStatus() {
    return httpStatus;
  }

  /** Whether the caller is at fault. */
  public final boolean isClientFault() {
    return httpStatus < 500;
  }
}
