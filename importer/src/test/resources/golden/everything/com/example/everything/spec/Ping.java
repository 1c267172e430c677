// Imported by shapeforge-import from everything.smithy. Change the model and import again; edits here are overwritten.
package com.example.everything.spec;

import io.shapeforge.spec.Operation;

/**
 * Takes and returns nothing: Smithy's Unit.
 */
@Operation(input = PingInput.class, output = PingOutput.class)
interface Ping {
}
