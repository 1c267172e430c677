package io.shapeforge.runtime.protocol;

import io.shapeforge.runtime.error.ServiceException;

/**
 * The request names no operation this service serves: the {@code X-Amz-Target} header is missing,
 * has another service's prefix, or names an unknown operation. Also used, with 404 or 405, for a
 * request that is not {@code POST /}, because an awsJson1_1 service serves nothing else.
 */
public final class UnknownOperationException extends ServiceException {
  private static final long serialVersionUID = 1L;

  /** The wire name of this error. */
  public static final String ERROR_CODE = "UnknownOperationException";

  /** A 400 for a target that is not served. */
  public UnknownOperationException(String message) {
    this(message, 400);
  }

  /** The same error with another 4xx status, such as 404 for a path other than {@code /}. */
  public UnknownOperationException(String message, int httpStatus) {
    super(ERROR_CODE, requireClientStatus(httpStatus), message);
  }

  private static int requireClientStatus(int httpStatus) {
    if (httpStatus < 400 || httpStatus > 499) {
      throw new IllegalArgumentException("not a client error status: " + httpStatus);
    }
    return httpStatus;
  }
}
