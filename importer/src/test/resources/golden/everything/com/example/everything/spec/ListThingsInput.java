// Imported by shapeforge-import from everything.smithy. Change the model and import again; edits here are overwritten.
package com.example.everything.spec;

import io.shapeforge.spec.Range;
import io.shapeforge.spec.Structure;

@Structure
interface ListThingsInput {
  @Range(min = "1", max = "100")
  Integer maxResults();

  String nextToken();
}
