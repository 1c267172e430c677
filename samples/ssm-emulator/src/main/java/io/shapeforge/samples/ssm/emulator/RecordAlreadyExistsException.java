package io.shapeforge.samples.ssm.emulator;

import io.shapeforge.runtime.error.ServiceException;

/**
 * An insert found its record already stored, for example when two emulator nodes on one database
 * insert the same maintenance window execution at once: one succeeds and the other gets this.
 *
 * <p>An emulator error, not an AWS one: in SSM the service itself creates window executions and
 * task executions, so no AWS operation inserts one with a caller's id, and the model's only {@code
 * AlreadyExistsException} belongs to {@code RegisterPatchBaselineForPatchGroup} (botocore {@code
 * ssm/2014-11-06/service-2.json}). It is shaped as AWS errors are: a 400 client fault, {@code
 * __type} {@value #CODE}, and a message naming the record.
 */
public final class RecordAlreadyExistsException extends ServiceException {
  /** The error code on the wire. */
  public static final String CODE = "RecordAlreadyExistsException";

  private static final long serialVersionUID = 1L;

  RecordAlreadyExistsException(String message) {
    super(CODE, 400, message);
  }
}
