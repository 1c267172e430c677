package fixture.ssm.spec;

import io.shapeforge.spec.ErrorShape;
import io.shapeforge.spec.Fault;
import io.shapeforge.spec.Structure;

/** Error returned when the ID specified for a resource doesn't exist. */
@Structure
@ErrorShape(fault = Fault.CLIENT, httpStatus = 400)
interface DoesNotExistException {
  String message();
}
