// Imported by shapeforge-import from everything.smithy. Change the model and import again; edits here are overwritten.
/**
 * A service that uses every shape kind.
 */
@Service(name = "Everything", targetPrefix = "Everything", protocol = Protocol.AWS_JSON_1_1)
package com.example.everything.spec;

import io.shapeforge.spec.Protocol;
import io.shapeforge.spec.Service;
