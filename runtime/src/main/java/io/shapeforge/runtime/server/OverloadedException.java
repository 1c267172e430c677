package io.shapeforge.runtime.server;

import io.shapeforge.runtime.error.ServiceException;

/**
 * The answer to a request that finds every server thread busy and the wait queue full: 400 {@code
 * ThrottlingException}, {@code Rate exceeded}, word for word what SSM answers when it throttles.
 *
 * <p>Both SDKs retry it, with their throttling back-off: the AWS SDK for Java v2 counts {@code
 * ThrottlingException} as throttling whatever the status ({@code
 * AwsErrorCode.THROTTLING_ERROR_CODES}, used by {@code
 * SdkDefaultRetryStrategy.retryOnThrottlingCondition}); botocore's legacy mode retries exactly
 * {@code ThrottlingException} with status 400 ({@code _retry.json}, policy {@code
 * throttling_exception}) and its standard mode that code with any status ({@code
 * retries/standard.py}, {@code _THROTTLED_ERROR_CODES}). A 503 would be retried as well, but
 * neither SDK treats a 503 as throttling, so neither would slow down.
 */
final class OverloadedException extends ServiceException {
  private static final long serialVersionUID = 1L;

  /** The error code on the wire. */
  static final String CODE = "ThrottlingException";

  /** SSM's own message for a throttled request. */
  static final String MESSAGE = "Rate exceeded";

  OverloadedException() {
    super(CODE, 400, MESSAGE);
  }
}
