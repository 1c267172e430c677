// Imported by shapeforge-import from everything.smithy. Change the model and import again; edits here are overwritten.
package com.example.everything.spec;

import io.shapeforge.spec.Structure;

/**
 * Kept for old clients.
 *
 * @deprecated Use Thing.
 */
@Structure
@Deprecated
interface Legacy {
  String name();
}
