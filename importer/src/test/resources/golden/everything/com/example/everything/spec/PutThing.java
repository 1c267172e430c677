// Imported by shapeforge-import from everything.smithy. Change the model and import again; edits here are overwritten.
package com.example.everything.spec;

import io.shapeforge.spec.Operation;

/**
 * Stores a thing.
 */
@Operation(
    input = PutThingRequest.class,
    output = PutThingResult.class,
    errors = {Conflict.class, Broken.class}
)
interface PutThing {
}
