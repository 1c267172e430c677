// Imported by shapeforge-import from everything.smithy. Change the model and import again; edits here are overwritten.
package com.example.everything.spec;

import io.shapeforge.spec.DefaultValue;
import io.shapeforge.spec.IdempotencyToken;
import io.shapeforge.spec.JsonName;
import io.shapeforge.spec.Length;
import io.shapeforge.spec.Pattern;
import io.shapeforge.spec.Required;
import io.shapeforge.spec.Structure;

@Structure
interface PutThingRequest {
  /**
   * The thing's id: exactly 36 characters.
   */
  @Required
  @Length(min = 36, max = 36)
  @Pattern("^[0-9a-f-]+$")
  String id();

  @IdempotencyToken
  String clientToken();

  @JsonName("label")
  @Length(min = 1, max = 64)
  String label();

  @DefaultValue("10")
  Integer count();

  Thing thing();
}
