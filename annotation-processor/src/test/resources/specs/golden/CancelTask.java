package fixture.ssm.spec;

import io.shapeforge.spec.Length;
import io.shapeforge.spec.Operation;
import io.shapeforge.spec.Required;
import io.shapeforge.spec.Structure;

@Structure
interface CancelTaskRequest {
  @Required
  @Length(min = 36, max = 36)
  String taskExecutionId();
}

@Structure
interface CancelTaskResult {
  String taskExecutionId();
}

/** Cancels one task: behaviour supplied by hand, through the generated handler. */
@Operation(input = CancelTaskRequest.class, output = CancelTaskResult.class, errors = DoesNotExistException.class)
interface CancelTask {}
