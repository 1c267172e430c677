package io.shapeforge.processor.check;

import io.shapeforge.processor.model.OperationModel;
import io.shapeforge.processor.model.SourceRef;
import io.shapeforge.processor.model.TypeRef;
import io.shapeforge.spec.Operation;

/**
 * Checks an operation's shapes: input and output are structures, errors are error shapes.
 * {@code @Paginated} and {@code @Query} are read but checked by a later stage.
 */
final class OperationCheck {

  private final Findings findings;

  OperationCheck(Findings findings) {
    this.findings = findings;
  }

  void check(OperationModel operation) {
    SourceRef at = SourceRef.ofType(operation.specName());
    checkStructure(operation, at, "input", operation.input());
    checkStructure(operation, at, "output", operation.output());
    for (int i = 0; i < operation.errors().size(); i++) {
      TypeRef error = operation.errors().get(i);
      if (error.kind() != TypeRef.Kind.ERROR) {
        findings.error(
            operation.specName(),
            ErrorMessages.operationErrorNotErrorShape(operation.name(), error.qualifiedName()),
            at,
            Operation.class,
            "errors." + (i + 1));
      }
    }
  }

  private void checkStructure(OperationModel operation, SourceRef at, String role, TypeRef ref) {
    if (ref.kind() != TypeRef.Kind.STRUCTURE) {
      findings.error(
          operation.specName(),
          ErrorMessages.operationNotStructure(operation.name(), role, ref.qualifiedName()),
          at,
          Operation.class,
          role);
    }
  }
}
