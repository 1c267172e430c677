/**
 * The Shapeforge annotation processor: reads a spec, checks it and writes models, enums, errors and
 * validators.
 *
 * <p>{@link io.shapeforge.processor.ShapeforgeProcessor} runs the stages, one package each: {@code
 * read} (elements to {@code model}), {@code check} (model to diagnostics) and {@code write} (model
 * to Java files).
 */
package io.shapeforge.processor;
