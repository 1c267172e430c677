package io.shapeforge.runtime.error;

/**
 * The operation is part of the service, its input was decoded and valid, but no behaviour is
 * supplied for it yet. A generated handler interface throws it from every method the embedder has
 * not implemented, so that a client learns which operation is missing instead of meeting an
 * unknown-operation error (which would suggest a typo in the target) or a 500.
 *
 * <p>On the wire: HTTP 400, {@code "__type": "NotImplemented"}, and a message naming the operation.
 * A client fault on purpose: the answer is deterministic, so no SDK should treat it as a transient
 * server failure and retry, and an emulator's test suite can assert that no request ever gets a
 * 5xx. The code is the one AWS itself uses for functionality a service does not implement (S3's
 * {@code NotImplemented}).
 *
 * <pre>{@code
 * default CreateActivationResult createActivation(CreateActivationRequest request) {
 *   throw new OperationNotImplementedException("CreateActivation");
 * }
 * }</pre>
 */
public final class OperationNotImplementedException extends ServiceException {
  private static final long serialVersionUID = 1L;

  /** The wire name of this error. */
  public static final String ERROR_CODE = "NotImplemented";

  private final String operation;

  /**
   * @param operation the operation's name, as in {@code X-Amz-Target}
   */
  public OperationNotImplementedException(String operation) {
    super(
        ERROR_CODE,
        400,
        "Operation "
            + operation
            + " is not implemented by this service;"
            + " the request was valid, but no behaviour is supplied for it");
    this.operation = operation;
  }

  /** The operation's name. */
  public String operation() {
    return operation;
  }
}
