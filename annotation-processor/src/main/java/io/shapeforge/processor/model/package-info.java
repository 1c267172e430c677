/**
 * The spec model: plain immutable records that describe shapes, members, constraints and
 * operations, knowing nothing of javac or JavaPoet.
 *
 * <p>The {@code read} stage builds it from elements, {@code check} judges it and {@code write}
 * turns it into Java files. Keeping it free of javac types lets writers be unit tested with a
 * hand-built model.
 */
package io.shapeforge.processor.model;
