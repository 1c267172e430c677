/**
 * Stage two: judges the spec model against the spec language and reports every mistake as a compile
 * error on the offending element and annotation value.
 *
 * <p>It needs no javac: the model says what was written, and a {@link
 * io.shapeforge.processor.check.Diagnostic} places a finding by a {@link
 * io.shapeforge.processor.model.SourceRef}, an annotation type and an attribute path, which the
 * processor turns back into elements only to print. Checks can so be run on a hand-built model.
 *
 * <p>All texts live in {@link io.shapeforge.processor.check.ErrorMessages}, each with a stable
 * {@code [shapeforge:<tag>]}. Findings are kept per subject: a shape with an error is dropped,
 * together with every shape that refers to it; the rest is still generated.
 */
package io.shapeforge.processor.check;
