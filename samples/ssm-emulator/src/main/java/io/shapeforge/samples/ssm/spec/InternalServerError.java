package io.shapeforge.samples.ssm.spec;

import io.shapeforge.spec.ErrorShape;
import io.shapeforge.spec.Fault;
import io.shapeforge.spec.Structure;

/** An error occurred on the server side. */
@Structure
@ErrorShape(fault = Fault.SERVER, httpStatus = 500)
interface InternalServerError {
  String message();
}
