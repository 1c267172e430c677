package io.shapeforge.runtime.protocol;

import io.shapeforge.runtime.error.ServiceException;

/**
 * The request body is not JSON the operation can read: malformed JSON, a wrong JSON type for a
 * member, a number outside its member's type, a duplicate key, or a JSON limit exceeded.
 *
 * <p>AWS answers all of these with a 400 {@code SerializationException} before the operation runs
 * (for example {@code "Start of structure or map found where not expected."} from DynamoDB,
 * aws-amplify/amplify-js#13265). Its messages say what is wrong and at which JSON path, such as
 * {@code Expected an integer at '$.MaxResults' but found a string}; they never name a Java class.
 */
public final class SerializationException extends ServiceException {
  private static final long serialVersionUID = 1L;

  /** The wire name of this error. */
  public static final String ERROR_CODE = "SerializationException";

  public SerializationException(String message) {
    super(ERROR_CODE, 400, message);
  }
}
