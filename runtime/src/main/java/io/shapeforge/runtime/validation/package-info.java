/**
 * Constraint violations and their AWS rendering.
 *
 * <p>Generated validators walk a model and report into a {@link
 * io.shapeforge.runtime.validation.Violations} collector, which keeps the member path as a stack
 * and only turns it into text when something is wrong. {@link
 * io.shapeforge.runtime.validation.ValidationException} renders every violation the way AWS does:
 *
 * <pre>
 * 1 validation error detected: Value '5' at 'maxResults' failed to satisfy constraint: Member must
 * have value greater than or equal to 10
 * </pre>
 */
package io.shapeforge.runtime.validation;
