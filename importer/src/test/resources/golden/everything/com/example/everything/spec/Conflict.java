// Imported by shapeforge-import from everything.smithy. Change the model and import again; edits here are overwritten.
package com.example.everything.spec;

import io.shapeforge.spec.ErrorShape;
import io.shapeforge.spec.Fault;
import io.shapeforge.spec.Structure;

@Structure
@ErrorShape(fault = Fault.CLIENT, httpStatus = 400)
interface Conflict {
  String message();
}
