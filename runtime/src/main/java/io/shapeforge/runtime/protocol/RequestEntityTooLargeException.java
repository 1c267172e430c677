package io.shapeforge.runtime.protocol;

import io.shapeforge.runtime.error.ServiceException;

/**
 * The request body is larger than the transport accepts; answered with HTTP 413.
 *
 * <p>awsJson1_1 has no common error for this. The code is the one AWS Lambda answers a too large
 * payload with ({@code Status Code: 413; Error Code: RequestEntityTooLargeException}, seen in
 * aws/aws-pdk#771 and faultline/faultline#12), and it matches the HTTP reason phrase of 413. SDKs
 * that do not model it still surface the code and the 413 status.
 */
public final class RequestEntityTooLargeException extends ServiceException {
  private static final long serialVersionUID = 1L;

  /** The wire name of this error. */
  public static final String ERROR_CODE = "RequestEntityTooLargeException";

  /**
   * @param maxBytes the limit that was exceeded, named in the message
   */
  public RequestEntityTooLargeException(long maxBytes) {
    super(ERROR_CODE, 413, "Request body is larger than the limit of " + maxBytes + " bytes");
  }
}
