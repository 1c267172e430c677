package io.shapeforge.samples.ssm.spec;

import io.shapeforge.spec.ErrorShape;
import io.shapeforge.spec.Fault;
import io.shapeforge.spec.Structure;

/**
 * Error returned when the ID specified for a resource, such as a maintenance window or patch
 * baseline, doesn't exist.
 */
@Structure
@ErrorShape(fault = Fault.CLIENT, httpStatus = 400)
interface DoesNotExistException {
  String message();
}
