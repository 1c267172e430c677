/**
 * Stage two: judges the spec model against the spec language and reports every mistake as a
 * compile error on the offending element and annotation value.
 *
 * <p>All texts live in {@link io.shapeforge.processor.check.ErrorMessages}, each with a stable
 * {@code [shapeforge:<tag>]}. A shape with an error is dropped, together with every shape that
 * refers to it; the rest is still generated.
 */
package io.shapeforge.processor.check;
