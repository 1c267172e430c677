// Imported by shapeforge-import from everything.smithy. Change the model and import again; edits here are overwritten.
package com.example.everything.spec;

import io.shapeforge.spec.Operation;
import io.shapeforge.spec.Paginated;

/**
 * Lists things, a page at a time; the tokens come from the service's &#64;paginated.
 */
@Operation(input = ListThingsInput.class, output = ListThingsOutput.class)
@Paginated(
    inputToken = "nextToken",
    outputToken = "nextToken",
    pageSize = "maxResults",
    items = "things"
)
interface ListThings {
}
