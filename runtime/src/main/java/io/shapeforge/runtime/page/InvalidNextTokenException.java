package io.shapeforge.runtime.page;

import io.shapeforge.runtime.error.ServiceException;

/**
 * The AWS {@code InvalidNextToken} error (400): the token was not issued by this service for this
 * very query. The message never says why, so a caller learns nothing about tokens or data.
 */
public final class InvalidNextTokenException extends ServiceException {
  private static final long serialVersionUID = 1L;

  /** The wire name of this error. */
  public static final String ERROR_CODE = "InvalidNextToken";

  /** The message, as AWS documents the error. */
  public static final String MESSAGE = "The specified token isn't valid.";

  /** The error with its standard message. */
  public InvalidNextTokenException() {
    super(ERROR_CODE, 400, MESSAGE);
  }
}
