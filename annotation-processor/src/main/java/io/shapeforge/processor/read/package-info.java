/**
 * Stage one: turns javac elements into the {@link io.shapeforge.processor.model spec model}.
 *
 * <p>Reading never reports: whatever it cannot make sense of (a {@code Map} member, a method with
 * parameters) is kept in the model as such, so that the {@code check} stage reports every problem
 * in one place.
 */
package io.shapeforge.processor.read;
