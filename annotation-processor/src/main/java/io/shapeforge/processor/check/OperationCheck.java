package io.shapeforge.processor.check;

import io.shapeforge.processor.model.OperationModel;
import io.shapeforge.processor.model.TypeRef;
import io.shapeforge.processor.read.Mirrors;
import io.shapeforge.spec.Operation;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * Checks an operation's shapes: input and output are structures, errors are error shapes.
 * {@code @Paginated} and {@code @Query} are read but checked by a later stage.
 */
final class OperationCheck {

  private final Findings findings;

  OperationCheck(Findings findings) {
    this.findings = findings;
  }

  void check(OperationModel operation, TypeElement type) {
    AnnotationMirror mirror = Mirrors.find(type, Operation.class).orElseThrow();
    checkStructure(operation, type, mirror, "input", operation.input());
    checkStructure(operation, type, mirror, "output", operation.output());
    List<? extends AnnotationValue> written =
        Mirrors.explicitValue(mirror, "errors").map(OperationCheck::elements).orElse(List.of());
    for (int i = 0; i < operation.errors().size(); i++) {
      TypeRef error = operation.errors().get(i);
      if (error.kind() != TypeRef.Kind.ERROR) {
        findings.error(
            operation.specName(),
            ErrorMessages.operationErrorNotErrorShape(operation.name(), error.qualifiedName()),
            type,
            mirror,
            i < written.size() ? written.get(i) : null);
      }
    }
  }

  private void checkStructure(OperationModel operation, TypeElement type, AnnotationMirror mirror, String role, TypeRef ref) {
    if (ref.kind() != TypeRef.Kind.STRUCTURE) {
      findings.error(
          operation.specName(),
          ErrorMessages.operationNotStructure(operation.name(), role, ref.qualifiedName()),
          type,
          mirror,
          Mirrors.explicitValue(mirror, role).orElse(null));
    }
  }

  /** The elements of an array value; a single class written without braces is one element. */
  @SuppressWarnings("unchecked")
  private static List<? extends AnnotationValue> elements(AnnotationValue value) {
    Object content = value.getValue();
    return content instanceof List<?> ? (List<? extends AnnotationValue>) content : List.of(value);
  }
}
