package io.shapeforge.processor.check;

import io.shapeforge.processor.model.SourceRef;
import java.lang.annotation.Annotation;
import javax.tools.Diagnostic.Kind;

/**
 * One finding, placed as precisely as the spec allows, with no javac types: on a spec element, on
 * one of its annotations, and on a value of that annotation when there is one.
 *
 * @param kind error or warning
 * @param owner the spec name of the shape or operation the finding invalidates
 * @param message the text from {@link ErrorMessages}
 * @param at the spec element (or type argument) it is about
 * @param annotation the annotation at fault there, or {@code null}
 * @param attribute the value at fault, as a path into the annotation ({@code max}, {@code
 *     filters.2.member}, {@code errors.1}), or {@code null}; where the path was not written out,
 *     the finding goes to the deepest part that was
 */
public record Diagnostic(
    Kind kind,
    String owner,
    String message,
    SourceRef at,
    Class<? extends Annotation> annotation,
    String attribute) {

  /** Whether this finding stops code generation for its owner. */
  public boolean isError() {
    return kind == Kind.ERROR;
  }
}
