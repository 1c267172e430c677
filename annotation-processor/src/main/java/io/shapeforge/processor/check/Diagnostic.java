package io.shapeforge.processor.check;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * One finding, placed as precisely as javac allows: on an element, and on an annotation and its
 * value when there is one.
 *
 * @param kind error or warning
 * @param owner the spec name of the shape or operation the finding invalidates
 * @param message the text from {@link ErrorMessages}
 * @param element where it is
 * @param mirror the annotation at fault, or {@code null}
 * @param value the annotation value at fault, or {@code null}
 */
public record Diagnostic(
    Kind kind,
    String owner,
    String message,
    Element element,
    AnnotationMirror mirror,
    AnnotationValue value) {

  /** Whether this finding stops code generation for its owner. */
  public boolean isError() {
    return kind == Kind.ERROR;
  }
}
